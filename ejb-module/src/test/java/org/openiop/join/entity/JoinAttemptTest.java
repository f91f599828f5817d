package org.openiop.join.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openiop.plugin.spi.Verdict;

class JoinAttemptTest {

    private static final Instant NOW = Instant.parse("2026-11-30T23:50:00Z");

    @Test
    void aTicketWorksForTwoMinutesAndNotAMomentLonger() {
        JoinAttempt attempt =
                new JoinAttempt(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        NOW,
                        "IL",
                        CameraChoice.CAMERA_OFF,
                        Verdict.ALLOW);
        attempt.issueTicket("ab".repeat(32), NOW, Duration.ofMinutes(2));
        assertTrue(attempt.ticketUsable(NOW));
        assertTrue(attempt.ticketUsable(NOW.plusSeconds(119)));
        assertFalse(attempt.ticketUsable(NOW.plusSeconds(120)), "expired at two minutes");
        assertFalse(attempt.ticketUsable(NOW.plusSeconds(3600)));
    }

    @Test
    void reviewAndDenyNeverGetATicketAndStayAlertsUntilClosed() {
        for (Verdict v : new Verdict[] {Verdict.REVIEW, Verdict.DENY}) {
            JoinAttempt attempt =
                    new JoinAttempt(
                            UUID.randomUUID(),
                            UUID.randomUUID(),
                            NOW,
                            "FL",
                            CameraChoice.CAMERA_ON,
                            v);
            assertThrows(
                    IllegalStateException.class,
                    () -> attempt.issueTicket("cd".repeat(32), NOW, Duration.ofMinutes(2)));
            assertFalse(attempt.ticketUsable(NOW));
            assertTrue(attempt.isAlertOpen());
            attempt.closeAlert("demo-clinician", NOW);
            assertFalse(attempt.isAlertOpen());
        }
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new JoinAttempt(
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                NOW,
                                "IL",
                                CameraChoice.CAMERA_ON,
                                Verdict.ABSTAIN));
    }

    @Test
    void audioOnlyIsItsOwnModalityAndTheCameraChoicesAreVideo() {
        assertTrue(
                CameraChoice.AUDIO_ONLY.modality() == org.openiop.plugin.spi.Modality.AUDIO_ONLY);
        assertTrue(CameraChoice.CAMERA_OFF.modality() == org.openiop.plugin.spi.Modality.VIDEO);
    }
}
