package org.openiop.consent.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsentTest {

    private static final Instant SIGNED = Instant.parse("2026-03-02T15:00:00Z");
    private static final ConsentTerms TPO_HEALTH_PLAN =
            new ConsentTerms(
                    ConsentType.TPO,
                    RecipientClass.HEALTH_PLAN,
                    null,
                    DisclosurePurpose.PAYMENT,
                    null,
                    "Dates of attendance and hours of care",
                    null,
                    true);

    @Test
    void revokingATpoConsentEndsItFromThatMomentAndNotBefore() {
        var consent = new Consent(UUID.randomUUID(), TPO_HEALTH_PLAN, "Morning Finch", SIGNED);
        Instant revoked = SIGNED.plus(Duration.ofDays(10));
        assertTrue(
                consent.permits(
                        RecipientClass.HEALTH_PLAN,
                        DisclosurePurpose.PAYMENT,
                        revoked.minusSeconds(1),
                        null));
        consent.revoke("I no longer want my plan to be told.", revoked);
        assertFalse(
                consent.permits(
                        RecipientClass.HEALTH_PLAN, DisclosurePurpose.PAYMENT, revoked, null));
        assertFalse(
                consent.permits(
                        RecipientClass.HEALTH_PLAN,
                        DisclosurePurpose.PAYMENT,
                        revoked.plusSeconds(3600),
                        null));
        assertTrue(
                consent.permits(
                        RecipientClass.HEALTH_PLAN,
                        DisclosurePurpose.PAYMENT,
                        revoked.minusSeconds(1),
                        null),
                "the past is not rewritten");
        assertThrows(
                IllegalStateException.class, () -> consent.revoke("again", revoked.plusSeconds(5)));
    }

    @Test
    void aTpoConsentCoversTreatmentPaymentAndOperationsForItsRecipientsOnly() {
        var consent = new Consent(UUID.randomUUID(), TPO_HEALTH_PLAN, "Morning Finch", SIGNED);
        Instant later = SIGNED.plusSeconds(60);
        assertTrue(
                consent.permits(
                        RecipientClass.HEALTH_PLAN,
                        DisclosurePurpose.HEALTH_CARE_OPERATIONS,
                        later,
                        null));
        assertFalse(
                consent.permits(
                        RecipientClass.OTHER_PROVIDERS, DisclosurePurpose.PAYMENT, later, null));
        assertFalse(
                consent.permits(RecipientClass.HEALTH_PLAN, DisclosurePurpose.OTHER, later, null));
        assertFalse(
                consent.permits(
                        RecipientClass.HEALTH_PLAN,
                        DisclosurePurpose.PAYMENT,
                        SIGNED.minusSeconds(1),
                        null),
                "not before it was signed");
    }

    @Test
    void aConsentEndsOnItsDateOrAtDischarge() {
        var dated =
                new Consent(
                        UUID.randomUUID(),
                        new ConsentTerms(
                                ConsentType.SPECIFIC_DISCLOSURE,
                                RecipientClass.NAMED,
                                "Lakeside Family Clinic",
                                DisclosurePurpose.TREATMENT,
                                null,
                                "Attendance summary",
                                LocalDate.of(2026, 3, 31),
                                false),
                        "Morning Finch",
                        SIGNED);
        assertTrue(
                dated.permits(
                        RecipientClass.NAMED,
                        DisclosurePurpose.TREATMENT,
                        Instant.parse("2026-03-31T23:59:00Z"),
                        null));
        assertFalse(
                dated.permits(
                        RecipientClass.NAMED,
                        DisclosurePurpose.TREATMENT,
                        Instant.parse("2026-04-01T00:00:00Z"),
                        null));
        var untilDischarge =
                new Consent(UUID.randomUUID(), TPO_HEALTH_PLAN, "Morning Finch", SIGNED);
        Instant discharged = SIGNED.plus(Duration.ofDays(40));
        assertFalse(
                untilDischarge.permits(
                        RecipientClass.HEALTH_PLAN,
                        DisclosurePurpose.PAYMENT,
                        discharged,
                        discharged));
        assertTrue(
                untilDischarge.permits(
                        RecipientClass.HEALTH_PLAN,
                        DisclosurePurpose.PAYMENT,
                        discharged.minusSeconds(1),
                        discharged));
    }

    @Test
    void everyRequiredElementIsAskedFor() {
        assertEquals(
                "Name the recipient.",
                assertThrows(
                                IllegalArgumentException.class,
                                () ->
                                        new Consent(
                                                UUID.randomUUID(),
                                                new ConsentTerms(
                                                        ConsentType.SPECIFIC_DISCLOSURE,
                                                        RecipientClass.NAMED,
                                                        " ",
                                                        DisclosurePurpose.TREATMENT,
                                                        null,
                                                        "x",
                                                        null,
                                                        true),
                                                "Morning Finch",
                                                SIGNED))
                        .getMessage());
        assertEquals(
                "Say when the consent ends: a date, or at discharge.",
                assertThrows(
                                IllegalArgumentException.class,
                                () ->
                                        new Consent(
                                                UUID.randomUUID(),
                                                new ConsentTerms(
                                                        ConsentType.TPO,
                                                        RecipientClass.HEALTH_PLAN,
                                                        null,
                                                        DisclosurePurpose.PAYMENT,
                                                        null,
                                                        "x",
                                                        null,
                                                        false),
                                                "Morning Finch",
                                                SIGNED))
                        .getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new Consent(
                                UUID.randomUUID(),
                                new ConsentTerms(
                                        ConsentType.TPO,
                                        RecipientClass.HEALTH_PLAN,
                                        null,
                                        DisclosurePurpose.OTHER,
                                        "research",
                                        "x",
                                        null,
                                        true),
                                "Morning Finch",
                                SIGNED));
        var consent = new Consent(UUID.randomUUID(), TPO_HEALTH_PLAN, "Morning Finch", SIGNED);
        assertEquals(Part2Notice.REVOCATION, consent.getRevocationStatement());
    }
}
