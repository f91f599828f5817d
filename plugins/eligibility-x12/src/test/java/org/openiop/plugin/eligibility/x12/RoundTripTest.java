package org.openiop.plugin.eligibility.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openiop.plugin.spi.EligibilityChecker;
import org.openiop.plugin.spi.EligibilityRequest;
import org.openiop.plugin.spi.EligibilityResponse;
import org.openiop.plugin.spi.EligibilityResponse.BenefitLine;
import org.openiop.plugin.spi.EligibilityResponse.BenefitLine.Network;
import org.openiop.plugin.spi.EligibilityStatus;

/** 270 out, 271 back, through the payer simulator: each outcome's values, not just "parsed". */
class RoundTripTest {

    static EligibilityResponse check(String memberId) {
        return check(
                new EligibilityRequest.Member(
                        memberId, "Marisol", "Quintanilla-Voss", LocalDate.of(1984, 2, 29)),
                null);
    }

    static EligibilityResponse check(
            EligibilityRequest.Member member, EligibilityRequest.Member subscriber) {
        EligibilityChecker checker = Simulated.checker(Simulated.config());
        EligibilityResponse response =
                checker.check(
                        new EligibilityRequest(
                                "99999",
                                "Example Health Plan",
                                member,
                                List.of(),
                                LocalDate.now(),
                                "OIOP-" + Long.toHexString(System.nanoTime()),
                                subscriber));
        String said = response.toString().toLowerCase(Locale.ROOT);
        for (String identity :
                List.of(member.memberId(), "marisol", "quintanilla", "19840229", "1984-02-29")) {
            assertFalse(
                    said.contains(identity.toLowerCase(Locale.ROOT)),
                    "the answer repeats " + identity + ": " + response);
        }
        return response;
    }

    static BenefitLine line(EligibilityResponse r, String type, Network network) {
        return r.benefits().stream()
                .filter(b -> b.serviceType().equals(type) && b.network() == network)
                .findFirst()
                .orElseThrow(
                        () ->
                                new AssertionError(
                                        "no " + type + " " + network + " line in " + r.benefits()));
    }

    @Test
    void anActiveMemberHasTheirCopayCoinsuranceAndDeductible() {
        EligibilityResponse r = check("ACT-W123456789");
        assertEquals(EligibilityStatus.ACTIVE, r.status(), r.message());
        assertEquals("Active coverage: EXAMPLE PPO.", r.message());
        BenefitLine in = line(r, "MH", Network.IN);
        assertEquals(new BigDecimal("30"), in.copay());
        assertEquals("visit", in.copayPer());
        assertEquals(new BigDecimal("1500"), in.deductible());
        assertEquals(new BigDecimal("1200"), in.deductibleRemaining());
        assertEquals("IND", in.coverageLevel());
        assertNull(in.coinsurancePercent());
        BenefitLine out = line(r, "MH", Network.OUT);
        assertEquals(new BigDecimal("60"), out.copay());
        assertEquals(
                0,
                new BigDecimal("20").compareTo(out.coinsurancePercent()),
                "EB08 .2 is 20 per cent");
        assertTrue(r.rejections().isEmpty());
    }

    @Test
    void anInactiveMemberIsInactive() {
        EligibilityResponse r = check("INA-55512");
        assertEquals(EligibilityStatus.INACTIVE, r.status());
        assertTrue(r.benefits().isEmpty());
    }

    @Test
    void aRejectedMemberGetsTheReasonAndWhatToDo() {
        EligibilityResponse notFound = check("AAA75-0001");
        assertEquals(EligibilityStatus.ERROR, notFound.status());
        assertEquals("75", notFound.rejections().get(0).code());
        assertEquals("Subscriber/insured not found", notFound.rejections().get(0).description());
        assertEquals("please correct and resubmit", notFound.rejections().get(0).followUp());
        assertTrue(
                notFound.message().startsWith("The payer found nobody with these details"),
                notFound.message());

        EligibilityResponse badId = check("AAA72-0001");
        assertEquals(EligibilityStatus.ERROR, badId.status());
        assertTrue(badId.message().contains("does not recognise the member id"), badId.message());

        EligibilityResponse later = check("AAA42-0001");
        assertEquals(
                EligibilityStatus.UNKNOWN,
                later.status(),
                "42 is the payer's problem, not the member's");
        assertTrue(later.message().contains("try again later"), later.message());

        assertEquals(
                "75",
                check("SOMEONE-ELSE").rejections().get(0).code(),
                "unknown members are not found");
    }

    @Test
    void aDependentsBenefitsAreReadFromTheirOwnLoop() {
        EligibilityRequest.Member card =
                new EligibilityRequest.Member(
                        "DEP-7788", "Marisol", "Quintanilla-Voss", LocalDate.of(1984, 2, 29));
        EligibilityRequest.Member child =
                new EligibilityRequest.Member(
                        "DEP-7788", "Teo", "Quintanilla-Voss", LocalDate.of(2011, 9, 1));
        EligibilityResponse r = check(child, card);
        assertEquals(EligibilityStatus.ACTIVE, r.status(), r.message());
        BenefitLine mh = line(r, "MH", Network.IN);
        assertEquals("FAM", mh.coverageLevel());
        assertEquals(new BigDecimal("25"), mh.copay());
        assertEquals(new BigDecimal("800"), mh.deductibleRemaining());
    }

    @Test
    void a271WhoseSeCountIsWrongIsRejectedWhole() {
        EligibilityResponse r = check("BADSE-1");
        assertEquals(EligibilityStatus.ERROR, r.status());
        assertTrue(r.message().contains("SE01 does not match the count"), r.message());
        assertTrue(r.benefits().isEmpty(), "nothing from a broken 271 is used");
    }

    @Test
    void aHangingPayerIsUnknownAfterTheTimeoutAndAnHttpErrorToo() {
        long start = System.nanoTime();
        EligibilityResponse hung = check("HANG-1");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(EligibilityStatus.UNKNOWN, hung.status());
        assertTrue(hung.message().contains("did not answer within 1 s"), hung.message());
        assertTrue(millis < 5000, "gave up after " + millis + " ms");
        EligibilityResponse failed = check("ERR-1");
        assertEquals(EligibilityStatus.UNKNOWN, failed.status());
        assertTrue(failed.message().contains("HTTP 500"), failed.message());
    }
}
