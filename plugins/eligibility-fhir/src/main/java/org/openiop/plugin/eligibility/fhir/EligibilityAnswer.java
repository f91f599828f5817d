package org.openiop.plugin.eligibility.fhir;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse.BenefitComponent;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse.InsuranceComponent;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse.ItemsComponent;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.UnsignedIntType;
import org.openiop.plugin.spi.EligibilityResponse;
import org.openiop.plugin.spi.EligibilityResponse.BenefitLine;
import org.openiop.plugin.spi.EligibilityResponse.BenefitLine.Network;
import org.openiop.plugin.spi.EligibilityResponse.Rejection;
import org.openiop.plugin.spi.EligibilityStatus;

/**
 * Reads the payer's CoverageEligibilityResponse (directly, or the first one in a Bundle; an
 * OperationOutcome is a refusal). {@code insurance.inforce} gives the status; items give benefits
 * per category (service type), network and unit, with benefit types copay, copay-percent and
 * deductible (allowed minus used is what remains); {@code error} and outcome {@code error} are
 * rejections. The disposition and error texts are the payer's words about the request, not about
 * the person, but codes are preferred where both exist.
 */
final class EligibilityAnswer {

    private EligibilityAnswer() {}

    static EligibilityResponse read(Resource resource) {
        if (resource instanceof OperationOutcome outcome) {
            return refusal(outcome);
        }
        CoverageEligibilityResponse response = null;
        if (resource instanceof CoverageEligibilityResponse r) {
            response = r;
        } else if (resource instanceof Bundle bundle) {
            for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
                if (e.getResource() instanceof CoverageEligibilityResponse r) {
                    response = r;
                    break;
                }
                if (e.getResource() instanceof OperationOutcome o && response == null) {
                    return refusal(o);
                }
            }
        }
        if (response == null) {
            return new EligibilityResponse(
                    EligibilityStatus.ERROR,
                    List.of(),
                    List.of(),
                    "The payer answered a "
                            + resource.getResourceType()
                            + " instead of a CoverageEligibilityResponse.");
        }
        return map(response);
    }

    static EligibilityResponse map(CoverageEligibilityResponse response) {
        List<Rejection> rejections = new ArrayList<>();
        for (CoverageEligibilityResponse.ErrorsComponent error : response.getError()) {
            Coding c = first(error.getCode());
            rejections.add(
                    new Rejection(
                            c == null ? "unknown" : c.getCode(), describe(error.getCode()), null));
        }
        if (response.getOutcome() == org.hl7.fhir.r4.model.Enumerations.RemittanceOutcome.ERROR
                || !rejections.isEmpty()) {
            String what =
                    rejections.isEmpty()
                            ? "no reason given"
                            : rejections.get(0).description()
                                    + " ("
                                    + rejections.get(0).code()
                                    + ")";
            return new EligibilityResponse(
                    EligibilityStatus.ERROR,
                    List.of(),
                    rejections,
                    "The payer refused the check: "
                            + what
                            + ". Check the participant's coverage details and try again.");
        }
        if (response.getOutcome() == org.hl7.fhir.r4.model.Enumerations.RemittanceOutcome.QUEUED) {
            return EligibilityResponse.unknown(
                    "The payer queued the check and will answer later; try again later.");
        }
        List<BenefitLine> benefits = new ArrayList<>();
        Boolean inforce = null;
        for (InsuranceComponent insurance : response.getInsurance()) {
            if (insurance.hasInforce()) {
                inforce = (inforce != null && inforce) || insurance.getInforce();
            }
            for (ItemsComponent item : insurance.getItem()) {
                if (item.getExcluded()) {
                    continue;
                }
                BenefitLine line = line(item);
                if (line != null) {
                    benefits.add(line);
                }
            }
        }
        String disposition =
                response.hasDisposition() ? " (" + response.getDisposition().strip() + ")" : "";
        if (inforce == null) {
            return new EligibilityResponse(
                    EligibilityStatus.UNKNOWN,
                    benefits,
                    List.of(),
                    "The payer's answer does not say whether the coverage is in force; call the"
                            + " payer."
                            + disposition);
        }
        return inforce
                ? new EligibilityResponse(
                        EligibilityStatus.ACTIVE,
                        benefits,
                        List.of(),
                        "Active coverage." + disposition)
                : new EligibilityResponse(
                        EligibilityStatus.INACTIVE,
                        benefits,
                        List.of(),
                        "The payer reports the coverage is not in force." + disposition);
    }

    private static BenefitLine line(ItemsComponent item) {
        Coding category = first(item.getCategory());
        String type = category == null ? "30" : category.getCode();
        Network network =
                switch (item.hasNetwork() && first(item.getNetwork()) != null
                        ? first(item.getNetwork()).getCode()
                        : "") {
                    case "in" -> Network.IN;
                    case "out" -> Network.OUT;
                    default -> Network.UNKNOWN;
                };
        String unit =
                item.hasUnit() && first(item.getUnit()) != null
                        ? switch (first(item.getUnit()).getCode()) {
                            case "individual" -> "IND";
                            case "family" -> "FAM";
                            default -> null;
                        }
                        : null;
        BigDecimal copay = null;
        BigDecimal coinsurance = null;
        BigDecimal deductible = null;
        BigDecimal remaining = null;
        for (BenefitComponent b : item.getBenefit()) {
            Coding t = first(b.getType());
            if (t == null) {
                continue;
            }
            switch (t.getCode()) {
                case "copay" -> copay = money(b.hasAllowedMoney() ? b.getAllowedMoney() : null);
                case "copay-percent" ->
                        coinsurance =
                                b.hasAllowedUnsignedIntType()
                                        ? BigDecimal.valueOf(
                                                ((UnsignedIntType) b.getAllowed()).getValue())
                                        : null;
                case "deductible" -> {
                    deductible = money(b.hasAllowedMoney() ? b.getAllowedMoney() : null);
                    BigDecimal used = money(b.hasUsedMoney() ? b.getUsedMoney() : null);
                    remaining =
                            deductible != null && used != null ? deductible.subtract(used) : null;
                }
                default -> {
                    // benefit maximums, visits and the rest are not part of OpenIOP's summary
                }
            }
        }
        if (copay == null && coinsurance == null && deductible == null) {
            return null;
        }
        return new BenefitLine(
                type, network, copay, coinsurance, remaining, unit, deductible, null);
    }

    private static EligibilityResponse refusal(OperationOutcome outcome) {
        List<Rejection> rejections = new ArrayList<>();
        boolean transientOnly = !outcome.getIssue().isEmpty();
        for (OperationOutcome.OperationOutcomeIssueComponent issue : outcome.getIssue()) {
            String code = issue.hasCode() ? issue.getCode().toCode() : "unknown";
            rejections.add(
                    new Rejection(
                            code, issue.hasDetails() ? describe(issue.getDetails()) : code, null));
            transientOnly &=
                    code.equals("transient") || code.equals("timeout") || code.equals("throttled");
        }
        String first = rejections.isEmpty() ? "no reason given" : rejections.get(0).description();
        return new EligibilityResponse(
                transientOnly ? EligibilityStatus.UNKNOWN : EligibilityStatus.ERROR,
                List.of(),
                rejections,
                transientOnly
                        ? "The payer cannot answer right now (" + first + "); try again later."
                        : "The payer refused the check: "
                                + first
                                + ". Check the participant's coverage details and try again.");
    }

    private static Coding first(CodeableConcept concept) {
        return concept == null || concept.getCoding().isEmpty()
                ? null
                : concept.getCodingFirstRep();
    }

    private static String describe(CodeableConcept concept) {
        Coding c = first(concept);
        if (c != null && c.hasDisplay()) {
            return c.getDisplay();
        }
        if (concept != null && concept.hasText()) {
            return concept.getText();
        }
        return c == null ? "unknown" : c.getCode();
    }

    private static BigDecimal money(Money m) {
        return m == null || !m.hasValue() ? null : m.getValue().stripTrailingZeros();
    }
}
