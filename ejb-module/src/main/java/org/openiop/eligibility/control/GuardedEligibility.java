package org.openiop.eligibility.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openiop.plugin.control.LoadedPlugin;
import org.openiop.plugin.spi.EligibilityCheckerFactory;
import org.openiop.plugin.spi.EligibilityRequest;
import org.openiop.plugin.spi.EligibilityResponse;
import org.openiop.plugin.spi.EligibilityStatus;
import org.openiop.plugin.spi.PluginException;

/**
 * One eligibility check through a plugin, under its guard. A plugin that throws, hangs, is paused
 * by its circuit breaker or answers nothing gives UNKNOWN with the reason, so that a person checks
 * coverage by hand: a failure never reads as covered.
 */
public final class GuardedEligibility {

    private GuardedEligibility() {}

    public static EligibilityResponse check(LoadedPlugin plugin, EligibilityRequest request) {
        EligibilityCheckerFactory factory = (EligibilityCheckerFactory) plugin.factory();
        EligibilityRequest.Member member = request.member();
        return plugin.guard()
                .call(
                        () -> {
                            EligibilityResponse answer;
                            try {
                                answer = factory.create().check(request);
                            } catch (RuntimeException e) {
                                // The guard keeps failure messages for the Plugins page and the
                                // fallback; an
                                // eligibility plugin is the one kind that holds real identity, so
                                // take it out first.
                                throw new PluginException(
                                        scrub(
                                                e.getClass().getSimpleName()
                                                        + (e.getMessage() == null
                                                                ? ""
                                                                : ": " + e.getMessage()),
                                                member));
                            }
                            if (answer == null) {
                                return unknown(
                                        "the plugin "
                                                + plugin.descriptor().id()
                                                + " answered nothing.");
                            }
                            List<EligibilityResponse.Rejection> rejections =
                                    answer.rejections().stream()
                                            .map(
                                                    r ->
                                                            new EligibilityResponse.Rejection(
                                                                    r.code(),
                                                                    scrub(r.description(), member),
                                                                    scrub(r.followUp(), member)))
                                            .toList();
                            return new EligibilityResponse(
                                    answer.status(),
                                    answer.benefits(),
                                    rejections,
                                    scrub(answer.message(), member));
                        },
                        GuardedEligibility::unknown);
    }

    /**
     * The text with the member's id, names and date of birth replaced, so that whatever a plugin
     * says can be shown and kept (docs/anonymity.md, invariant 8).
     */
    static String scrub(String text, EligibilityRequest.Member member) {
        if (text == null) {
            return null;
        }
        String out = text;
        LocalDate dob = member.dateOfBirth();
        List<String> values = new ArrayList<>(List.of(member.memberId()));
        if (member.firstName() != null) {
            values.add(member.firstName());
        }
        if (member.lastName() != null) {
            values.add(member.lastName());
        }
        if (dob != null) {
            values.addAll(
                    List.of(
                            dob.toString(),
                            dob.format(DateTimeFormatter.BASIC_ISO_DATE),
                            dob.format(DateTimeFormatter.ofPattern("MM/dd/yyyy"))));
        }
        for (String v : values) {
            if (v.length() > 1) {
                out =
                        Pattern.compile(Pattern.quote(v), Pattern.CASE_INSENSITIVE)
                                .matcher(out)
                                .replaceAll("[member]");
            }
        }
        return out;
    }

    static EligibilityResponse unknown(String why) {
        return new EligibilityResponse(
                EligibilityStatus.UNKNOWN,
                List.of(),
                List.of(),
                "Coverage could not be checked: " + why + " Check it by hand or try again later.");
    }
}
