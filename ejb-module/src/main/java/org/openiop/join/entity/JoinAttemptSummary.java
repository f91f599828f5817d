package org.openiop.join.entity;

import java.time.Instant;
import java.util.UUID;
import org.openiop.plugin.spi.Verdict;

/**
 * A press of Join as staff read it: the console's dashboard (join alerts), the session page's
 * roster (where a member joined from) and the join-alert and roster REST views. The participant is
 * only their id (pages show the pseudonym from the roster); the ticket and who closed the alert are
 * not in it.
 */
public record JoinAttemptSummary(
        UUID id,
        UUID sessionId,
        UUID participantId,
        Instant attemptedAt,
        String placeOfService,
        CameraChoice camera,
        Verdict verdict,
        Instant reaffirmedAt,
        boolean alertOpen) {

    public static JoinAttemptSummary of(JoinAttempt a) {
        return new JoinAttemptSummary(
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
}
