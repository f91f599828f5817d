package org.openiop.plugin.spi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The payer's answer.
 *
 * @param status the overall answer
 * @param benefits what the plan covers for the asked service types
 * @param rejections the payer's reasons for refusing (X12 AAA, FHIR errors)
 * @param message a sentence for staff, no PHI
 */
public record EligibilityResponse(
        EligibilityStatus status,
        List<BenefitLine> benefits,
        List<Rejection> rejections,
        String message) {

    /**
     * One benefit.
     *
     * @param serviceType the service type code it applies to
     * @param network in network, out of network, or either
     * @param copay the copay amount, or null
     * @param coinsurancePercent coinsurance as a percentage (20 for 20%), or null
     * @param deductibleRemaining what is left of the deductible, or null
     * @param coverageLevel whom it covers: X12 EB02 such as {@code IND} or {@code FAM}, or null;
     *     since SPI 1.1
     * @param deductible the whole deductible for its period, or null; since SPI 1.1
     * @param copayPer what the copay is per, such as "visit" or "day", or null; since SPI 1.1
     */
    public record BenefitLine(
            String serviceType,
            Network network,
            BigDecimal copay,
            BigDecimal coinsurancePercent,
            BigDecimal deductibleRemaining,
            String coverageLevel,
            BigDecimal deductible,
            String copayPer) {

        /** SPI 1.0's benefit line. */
        public BenefitLine(
                String serviceType,
                Network network,
                BigDecimal copay,
                BigDecimal coinsurancePercent,
                BigDecimal deductibleRemaining) {
            this(
                    serviceType,
                    network,
                    copay,
                    coinsurancePercent,
                    deductibleRemaining,
                    null,
                    null,
                    null);
        }

        /** Where a benefit applies. */
        public enum Network {
            IN,
            OUT,
            EITHER,
            UNKNOWN
        }
    }

    /**
     * A payer's reason for refusing.
     *
     * @param code the payer's code (X12 AAA03 reject reason, or a FHIR issue code)
     * @param description what it means
     * @param followUp what to do (X12 AAA04), or null
     */
    public record Rejection(String code, String description, String followUp) {}

    public EligibilityResponse {
        Objects.requireNonNull(status, "status");
        benefits = List.copyOf(benefits);
        rejections = List.copyOf(rejections);
        message = message == null ? "" : message;
    }

    public static EligibilityResponse unknown(String message) {
        return new EligibilityResponse(EligibilityStatus.UNKNOWN, List.of(), List.of(), message);
    }
}
