package org.openiop.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BreakGlassGrantTest {

    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

    @Test
    void aGrantLastsFifteenMinutes() {
        BreakGlassGrant grant =
                new BreakGlassGrant(
                        UUID.randomUUID(),
                        "demo-clinician",
                        BreakGlassReason.MEDICAL_EMERGENCY,
                        null,
                        NOW);
        assertTrue(grant.isActiveAt(NOW.plus(Duration.ofMinutes(14)).plusSeconds(59)));
        assertFalse(grant.isActiveAt(NOW.plus(Duration.ofMinutes(15))));
    }

    @Test
    void otherNeedsAnExplanation() {
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new BreakGlassGrant(
                                UUID.randomUUID(),
                                "demo-clinician",
                                BreakGlassReason.OTHER,
                                "  ",
                                NOW));
    }

    @Test
    void theClinicianCannotReviewTheirOwnGrantAndAGrantIsReviewedOnce() {
        BreakGlassGrant grant =
                new BreakGlassGrant(
                        UUID.randomUUID(),
                        "demo-clinician",
                        BreakGlassReason.DUTY_TO_WARN,
                        null,
                        NOW);
        assertThrows(
                IllegalStateException.class,
                () -> grant.review("demo-clinician", true, "fine", NOW));
        grant.review("demo-privacy", false, "No threat was documented.", NOW);
        assertEquals(Boolean.FALSE, grant.getJustified());
        assertThrows(
                IllegalStateException.class,
                () -> grant.review("another-officer", true, "again", NOW));
    }
}
