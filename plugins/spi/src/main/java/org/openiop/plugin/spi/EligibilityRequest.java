package org.openiop.plugin.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One coverage question.
 *
 * @param payerId the payer's id as the plugin knows it (a clearinghouse payer id, an NPI, a FHIR
 *     organization)
 * @param payerName the payer's name
 * @param member the subscriber or dependent, as the payer needs to find them
 * @param serviceTypes X12 service type codes (for example {@code MH}, {@code AI}), or their FHIR
 *     equivalents
 * @param date the date of service
 * @param traceId OpenIOP's reference for this request (goes into TRN or the request id), no PHI
 * @param subscriber the insured person when {@code member} is their dependent (a child or spouse on
 *     their plan), else null; since SPI 1.1
 */
public record EligibilityRequest(
        String payerId,
        String payerName,
        Member member,
        List<String> serviceTypes,
        LocalDate date,
        String traceId,
        Member subscriber) {

    /** The member as the payer knows them. Only in an eligibility request, never anywhere else. */
    public record Member(
            String memberId, String firstName, String lastName, LocalDate dateOfBirth) {

        public Member {
            Objects.requireNonNull(memberId, "memberId");
        }

        @Override
        public String toString() {
            return "Member[not shown]";
        }
    }

    public EligibilityRequest {
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(member, "member");
        serviceTypes = List.copyOf(serviceTypes);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(traceId, "traceId");
    }

    /** A request for the subscriber themself (SPI 1.0's constructor). */
    public EligibilityRequest(
            String payerId,
            String payerName,
            Member member,
            List<String> serviceTypes,
            LocalDate date,
            String traceId) {
        this(payerId, payerName, member, serviceTypes, date, traceId, null);
    }

    /** Whether the member is a dependent on someone else's plan. */
    public boolean forDependent() {
        return subscriber != null;
    }
}
