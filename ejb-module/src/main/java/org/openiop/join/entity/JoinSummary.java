package org.openiop.join.entity;

import java.time.Instant;
import java.util.UUID;
import org.openiop.plugin.spi.Verdict;

/**
 * A participant's press of Join as the session page and the REST views read it: when, where they
 * said they were, their camera choice, the licensing verdict, whether they re-affirmed their place
 * and whether the facilitator still has to follow up. A copy without the ticket. The participant
 * appears only by their opaque id; no real identity is in it.
 */
public record JoinSummary(
        UUID id,
        UUID sessionId,
        UUID participantId,
        Instant attemptedAt,
        String placeOfService,
        CameraChoice camera,
        Verdict verdict,
        Instant reaffirmedAt,
        boolean alertOpen) {

    public static JoinSummary of(JoinAttempt a) {
        return new JoinSummary(
                a.getId(),
                a.getSessionId(),
                a.getParticipantId(),
                a.getAttemptedAt(),
                a.getPlaceOfService(),
                a.getCamera(),
                a.getVerdict(),
                a.getReaffirmedAt(),
                a.isAlertOpen());
    }

    public boolean reaffirmed() {
        return reaffirmedAt != null;
    }
}
