package org.openiop.plugin.eligibility.x12;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openiop.plugin.spi.EligibilityRequest;
import org.openiop.plugin.spi.EligibilityResponse;
import org.openiop.plugin.spi.EligibilityResponse.BenefitLine;
import org.openiop.plugin.spi.EligibilityResponse.BenefitLine.Network;
import org.openiop.plugin.spi.EligibilityResponse.Rejection;
import org.openiop.plugin.spi.EligibilityStatus;

/**
 * Turns a 271's segments into OpenIOP's answer: EB01 1-5 for plan coverage (30) or an asked service
 * type is active, 6-8 inactive; B/A/C lines are copay, coinsurance and deductible (EB06 29 =
 * remaining), per service type, network (EB12) and coverage level (EB02); AAA segments anywhere are
 * rejections with what to do. Names, ids and dates of birth in the 271 are never copied out.
 */
final class Benefits271 {

    private static final Set<String> ACTIVE = Set.of("1", "2", "3", "4", "5");
    private static final Set<String> INACTIVE = Set.of("6", "7", "8");

    /** EB06 time periods (element 615) a copay is quoted per. */
    private static final Map<String, String> PER =
            Map.of(
                    "27",
                    "visit",
                    "7",
                    "day",
                    "6",
                    "hour",
                    "35",
                    "week",
                    "34",
                    "month",
                    "36",
                    "admission",
                    "26",
                    "episode");

    private Benefits271() {}

    static EligibilityResponse map(List<Segment> segments, EligibilityRequest request) {
        String patientLevel = request.forDependent() ? "23" : "22";
        String level = "";
        boolean inRelatedEntity = false;
        boolean traceEchoed = false;
        String plan = null;
        List<Rejection> rejections = new ArrayList<>();
        Set<String> statusCodes = new LinkedHashSet<>();
        Map<String, Line> lines = new LinkedHashMap<>();
        Set<String> asked = new LinkedHashSet<>(request.serviceTypes());
        asked.add("30");
        for (Segment s : segments) {
            switch (s.tag) {
                case "HL" -> level = s.get(3);
                case "LS" -> inRelatedEntity = true;
                case "LE" -> inRelatedEntity = false;
                case "TRN" ->
                        traceEchoed |= "2".equals(s.get(1)) && request.traceId().equals(s.get(2));
                case "AAA" ->
                        rejections.add(
                                new Rejection(
                                        s.get(3),
                                        RejectReasons.name(s.get(3)),
                                        RejectReasons.followUp(s.get(4))));
                case "EB" -> {
                    if (inRelatedEntity || !patientLevel.equals(level)) {
                        continue;
                    }
                    String code = s.get(1);
                    List<String> types = s.repeats(3).isEmpty() ? List.of("30") : s.repeats(3);
                    if (ACTIVE.contains(code) || INACTIVE.contains(code)) {
                        if (types.stream().anyMatch(asked::contains)) {
                            statusCodes.add(code);
                            if (ACTIVE.contains(code) && plan == null && !s.get(5).isEmpty()) {
                                plan = s.get(5);
                            }
                        }
                    } else if (code.equals("A") || code.equals("B") || code.equals("C")) {
                        for (String type : types) {
                            lines.computeIfAbsent(
                                            type + "|" + s.get(12) + "|" + s.get(2),
                                            k ->
                                                    new Line(
                                                            type,
                                                            network(s.get(12)),
                                                            s.get(2).isEmpty() ? null : s.get(2)))
                                    .add(code, s);
                        }
                    }
                }
                default -> {
                    // other segments carry nothing OpenIOP keeps
                }
            }
        }
        if (!traceEchoed && rejections.isEmpty()) {
            throw new X12Exception(
                    "The 271 does not echo this inquiry's trace number (TRN); it answers another"
                            + " inquiry.");
        }
        List<BenefitLine> benefits = lines.values().stream().map(Line::toBenefit).toList();
        if (!rejections.isEmpty() && statusCodes.isEmpty()) {
            return rejected(rejections);
        }
        if (statusCodes.stream().anyMatch(ACTIVE::contains)) {
            return new EligibilityResponse(
                    EligibilityStatus.ACTIVE,
                    benefits,
                    rejections,
                    "Active coverage" + (plan == null ? "." : ": " + plan + "."));
        }
        if (!statusCodes.isEmpty()) {
            return new EligibilityResponse(
                    EligibilityStatus.INACTIVE,
                    benefits,
                    rejections,
                    "The payer reports no active coverage for the date of service.");
        }
        return new EligibilityResponse(
                EligibilityStatus.UNKNOWN,
                benefits,
                rejections,
                "The payer's answer says nothing about coverage for the asked service types; call"
                        + " the payer.");
    }

    private static EligibilityResponse rejected(List<Rejection> rejections) {
        Rejection first = rejections.get(0);
        boolean tryLater =
                rejections.stream().allMatch(r -> RejectReasons.TRANSIENT.contains(r.code()));
        String message =
                RejectReasons.action(first.code())
                        + " (payer: "
                        + first.description()
                        + (first.followUp() == null ? "" : "; " + first.followUp())
                        + ")";
        return new EligibilityResponse(
                tryLater ? EligibilityStatus.UNKNOWN : EligibilityStatus.ERROR,
                List.of(),
                rejections,
                message);
    }

    private static Network network(String eb12) {
        return switch (eb12) {
            case "Y" -> Network.IN;
            case "N" -> Network.OUT;
            case "W" -> Network.EITHER;
            default -> Network.UNKNOWN;
        };
    }

    /** The copay, coinsurance and deductible for one service type, network and coverage level. */
    private static final class Line {
        final String type;
        final Network network;
        final String level;
        BigDecimal copay;
        String copayPer;
        BigDecimal coinsurance;
        BigDecimal deductible;
        BigDecimal remaining;

        Line(String type, Network network, String level) {
            this.type = type;
            this.network = network;
            this.level = level;
        }

        void add(String code, Segment eb) {
            BigDecimal amount = decimal(eb.get(7));
            switch (code) {
                case "B" -> {
                    copay = amount;
                    copayPer = PER.get(eb.get(6));
                }
                // EB08 is a decimal fraction: .2 is 20 per cent.
                case "A" ->
                        coinsurance =
                                decimal(eb.get(8)) == null
                                        ? null
                                        : decimal(eb.get(8)).movePointRight(2).stripTrailingZeros();
                default -> {
                    if ("29".equals(eb.get(6))) {
                        remaining = amount;
                    } else {
                        deductible = amount;
                    }
                }
            }
        }

        BenefitLine toBenefit() {
            return new BenefitLine(
                    type, network, copay, coinsurance, remaining, level, deductible, copayPer);
        }

        private static BigDecimal decimal(String text) {
            try {
                return text.isEmpty() ? null : new BigDecimal(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
