package org.openiop.identity.entity;

import java.time.Instant;
import java.util.UUID;

/**
 * An emergency view as staff read it: who opened it, why, until when, whether the participant was
 * outside the clinician's groups and, once reviewed, the privacy officer's finding and note (null
 * until then). The clinician's explanation stays sealed; {@code BreakGlass.explanation} opens it
 * for the review. Staff-only: never shown to participants.
 */
public record BreakGlassEntry(
        UUID id,
        UUID participantId,
        String grantedTo,
        BreakGlassReason reason,
        Instant grantedAt,
        Instant expiresAt,
        boolean outsideCaseload,
        Instant reviewedAt,
        String reviewedBy,
        Boolean justified,
        String reviewNote) {

    public static BreakGlassEntry of(BreakGlassGrant g) {
        return new BreakGlassEntry(
                g.getId(),
                g.getParticipantId(),
                g.getGrantedTo(),
                g.getReason(),
                g.getGrantedAt(),
                g.getExpiresAt(),
                g.isOutsideCaseload(),
                g.getReviewedAt(),
                g.getReviewedBy(),
                g.getJustified(),
                g.getReviewNote());
    }
}
