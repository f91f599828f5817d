package org.openiop.eligibility.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openiop.plugin.spi.EligibilityResponse;
import org.openiop.plugin.spi.EligibilityResponse.BenefitLine;

/** A payer's answer as staff read it, and as OpenIOP keeps it; none of it names the person. */
public final class BenefitsText {

    private BenefitsText() {}

    /**
     * "MH in network (IND): copay $30.00 per visit; deductible $1,500.00, $1,200.00 left" per line.
     */
    public static String summary(EligibilityResponse r) {
        List<String> parts = new ArrayList<>();
        for (BenefitLine b : r.benefits()) {
            List<String> terms = new ArrayList<>();
            if (b.copay() != null) {
                terms.add(
                        "copay "
                                + money(b.copay())
                                + (b.copayPer() == null ? "" : " per " + b.copayPer()));
            }
            if (b.coinsurancePercent() != null) {
                terms.add(
                        "coinsurance "
                                + b.coinsurancePercent().stripTrailingZeros().toPlainString()
                                + "%");
            }
            if (b.deductible() != null || b.deductibleRemaining() != null) {
                terms.add(
                        "deductible "
                                + (b.deductible() == null ? "" : money(b.deductible()))
                                + (b.deductibleRemaining() == null
                                        ? ""
                                        : (b.deductible() == null ? "" : ", ")
                                                + money(b.deductibleRemaining())
                                                + " left"));
            }
            parts.add(
                    b.serviceType()
                            + " "
                            + network(b)
                            + (b.coverageLevel() == null ? "" : " (" + b.coverageLevel() + ")")
                            + ": "
                            + String.join("; ", terms));
        }
        return parts.isEmpty() ? r.message() : r.message() + " " + String.join(". ", parts) + ".";
    }

    private static String network(BenefitLine b) {
        return switch (b.network()) {
            case IN -> "in network";
            case OUT -> "out of network";
            case EITHER -> "in or out of network";
            default -> "network not stated";
        };
    }

    private static String money(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    /** Benefits and rejections as JSON, for the stored check and the REST answer. */
    public static String json(EligibilityResponse r) {
        JsonArrayBuilder benefits = Json.createArrayBuilder();
        for (BenefitLine b : r.benefits()) {
            JsonObjectBuilder o =
                    Json.createObjectBuilder()
                            .add("serviceType", b.serviceType())
                            .add("network", b.network().name());
            put(o, "coverageLevel", b.coverageLevel());
            put(o, "copay", b.copay());
            put(o, "copayPer", b.copayPer());
            put(o, "coinsurancePercent", b.coinsurancePercent());
            put(o, "deductible", b.deductible());
            put(o, "deductibleRemaining", b.deductibleRemaining());
            benefits.add(o);
        }
        JsonArrayBuilder rejections = Json.createArrayBuilder();
        for (EligibilityResponse.Rejection x : r.rejections()) {
            JsonObjectBuilder o =
                    Json.createObjectBuilder().add("code", x.code() == null ? "" : x.code());
            put(o, "description", x.description());
            put(o, "followUp", x.followUp());
            rejections.add(o);
        }
        return Json.createObjectBuilder()
                .add("benefits", benefits)
                .add("rejections", rejections)
                .build()
                .toString();
    }

    private static void put(JsonObjectBuilder o, String name, Object value) {
        if (value instanceof BigDecimal d) {
            o.add(name, d);
        } else if (value != null) {
            o.add(name, value.toString());
        }
    }
}
