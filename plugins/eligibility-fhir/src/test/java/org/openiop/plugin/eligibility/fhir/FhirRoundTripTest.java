package org.openiop.plugin.eligibility.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.CoverageEligibilityRequest;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.openiop.plugin.spi.EligibilityRequest;
import org.openiop.plugin.spi.EligibilityResponse;
import org.openiop.plugin.spi.EligibilityResponse.BenefitLine;
import org.openiop.plugin.spi.EligibilityResponse.BenefitLine.Network;
import org.openiop.plugin.spi.EligibilityStatus;
import org.openiop.simulator.fhir.FhirPayerSimulator;

class FhirRoundTripTest {

    static EligibilityRequest request(String memberId) {
        return new EligibilityRequest(
                "BCBS-IL",
                "Example Health Plan",
                new EligibilityRequest.Member(
                        memberId, "Marisol", "Quintanilla-Voss", LocalDate.of(1984, 2, 29)),
                List.of(),
                LocalDate.of(2026, 1, 15),
                "OIOP-77");
    }

    static EligibilityResponse check(String memberId) {
        EligibilityResponse r =
                FhirSimulated.checker(FhirSimulated.config()).check(request(memberId));
        String said = r.toString().toLowerCase(Locale.ROOT);
        for (String identity :
                List.of(
                        memberId.toLowerCase(Locale.ROOT),
                        "marisol",
                        "quintanilla",
                        "1984-02-29")) {
            assertFalse(said.contains(identity), "the answer repeats " + identity + ": " + r);
        }
        return r;
    }

    @Test
    void theSpecificationsExampleE2500IsReadAsActive() throws Exception {
        CoverageEligibilityResponse e2500 =
                FhirEligibilityFactory.fhir()
                        .newJsonParser()
                        .parseResource(
                                CoverageEligibilityResponse.class,
                                FhirPayerSimulator.class.getResourceAsStream("E2500.json"));
        assertEquals("E2500", e2500.getIdElement().getIdPart());
        EligibilityResponse mapped = EligibilityAnswer.read(e2500);
        assertEquals(EligibilityStatus.ACTIVE, mapped.status());
        assertEquals("Active coverage. (Policy is currently in-force.)", mapped.message());
        // And over the wire, through the in-process payer.
        assertEquals(EligibilityStatus.ACTIVE, check("VAL-1001").status());
    }

    @Test
    void anActiveMemberHasTheirCopayCoinsuranceAndRemainingDeductible() {
        EligibilityResponse r = check("ACT-1001");
        assertEquals(EligibilityStatus.ACTIVE, r.status(), r.message());
        BenefitLine in =
                r.benefits().stream()
                        .filter(b -> b.network() == Network.IN)
                        .findFirst()
                        .orElseThrow();
        assertEquals("MH", in.serviceType());
        assertEquals("IND", in.coverageLevel());
        assertEquals(0, new BigDecimal("30").compareTo(in.copay()));
        assertEquals(0, new BigDecimal("1500").compareTo(in.deductible()));
        assertEquals(
                0,
                new BigDecimal("1200").compareTo(in.deductibleRemaining()),
                "allowed 1500 minus used 300");
        BenefitLine out =
                r.benefits().stream()
                        .filter(b -> b.network() == Network.OUT)
                        .findFirst()
                        .orElseThrow();
        assertEquals(0, new BigDecimal("20").compareTo(out.coinsurancePercent()));
    }

    @Test
    void inactiveAndRejectedMembersAndUnknownOnes() {
        EligibilityResponse inactive = check("INA-1");
        assertEquals(EligibilityStatus.INACTIVE, inactive.status());
        assertTrue(inactive.message().contains("not in force"), inactive.message());

        EligibilityResponse rejected = check("AAA75-1");
        assertEquals(EligibilityStatus.ERROR, rejected.status());
        assertEquals("75", rejected.rejections().get(0).code());
        assertTrue(rejected.message().contains("Subscriber/Insured Not Found"), rejected.message());

        EligibilityResponse nobody = check("NOBODY-1");
        assertEquals(EligibilityStatus.ERROR, nobody.status());
        assertEquals("not-found", nobody.rejections().get(0).code());
    }

    @Test
    void aHangingPayerIsUnknownAfterTheTimeout() {
        long start = System.nanoTime();
        EligibilityResponse hung = check("HANG-1");
        assertEquals(EligibilityStatus.UNKNOWN, hung.status());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5000);
    }

    @Test
    void theRequestBundleCarriesTheCoverageQuestionAndNothingElseAboutThePerson() {
        EligibilityRequest.Member card =
                new EligibilityRequest.Member(
                        "ACT-1001", "Marisol", "Quintanilla-Voss", LocalDate.of(1984, 2, 29));
        EligibilityRequest.Member child =
                new EligibilityRequest.Member(
                        "ACT-1001", "Teo", "Quintanilla-Voss", LocalDate.of(2011, 9, 1));
        EligibilityRequest forChild =
                new EligibilityRequest(
                        "BCBS-IL",
                        "Example Health Plan",
                        child,
                        List.of("MH", "AI"),
                        LocalDate.of(2026, 1, 15),
                        "OIOP-78",
                        card);
        FhirSettings settings =
                FhirSettings.read(
                        p -> java.util.Optional.ofNullable(FhirSimulated.config().get(p)));
        Bundle bundle = EligibilityBundle.of(forChild, settings, new Date());
        String json = FhirEligibilityFactory.fhir().newJsonParser().encodeResourceToString(bundle);
        Bundle back =
                FhirEligibilityFactory.fhir().newJsonParser().parseResource(Bundle.class, json);
        CoverageEligibilityRequest ask =
                (CoverageEligibilityRequest) back.getEntryFirstRep().getResource();
        assertEquals(
                List.of("MH", "AI"),
                ask.getItem().stream()
                        .map(i -> i.getCategory().getCodingFirstRep().getCode())
                        .toList());
        assertEquals(
                EligibilityBundle.X12_SERVICE_TYPES,
                ask.getItemFirstRep().getCategory().getCodingFirstRep().getSystem());
        assertEquals("2026-01-15", ask.getServicedDateType().getValueAsString());
        Coverage coverage =
                back.getEntry().stream()
                        .map(Bundle.BundleEntryComponent::getResource)
                        .filter(Coverage.class::isInstance)
                        .map(Coverage.class::cast)
                        .findFirst()
                        .orElseThrow();
        assertEquals("ACT-1001", coverage.getSubscriberId());
        assertEquals("child", coverage.getRelationship().getCodingFirstRep().getCode());
        Patient patient = (Patient) back.getEntry().get(1).getResource();
        assertEquals("Teo", patient.getNameFirstRep().getGivenAsSingleString());
        assertFalse(
                patient.hasAddress() || patient.hasTelecom() || patient.hasGender(),
                "only what finds the member");
    }
}
