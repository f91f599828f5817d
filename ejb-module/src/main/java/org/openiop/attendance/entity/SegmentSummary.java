package org.openiop.attendance.entity;

import java.time.Instant;
import java.util.UUID;
import org.openiop.plugin.spi.Modality;

/**
 * One stretch of a participant's presence in a session as the session page and the REST views read
 * it: when and how they were there, who or what recorded it and, once removed, who removed it and
 * why. A copy. The participant appears only by their opaque id (the roster adds the pseudonym); no
 * real identity is in it.
 */
public record SegmentSummary(
        UUID id,
        UUID sessionId,
        UUID participantId,
        Instant joinedAt,
        Instant leftAt,
        Modality modality,
        SegmentSource source,
        String placeOfService,
        String recordedBy,
        boolean voided,
        String voidedBy,
        String voidReason,
        boolean stillOpen) {

    public static SegmentSummary of(AttendanceSegment a) {
        return new SegmentSummary(
                a.getId(),
                a.getSessionId(),
                a.getParticipantId(),
                a.getJoinedAt(),
                a.getLeftAt(),
                a.getModality(),
                a.getSource(),
                a.getPlaceOfService(),
                a.getRecordedBy(),
                a.isVoided(),
                a.getVoidedBy(),
                a.getVoidReason(),
                a.isStillOpen());
    }
}
