package org.openiop.attendance.entity;

import java.time.Instant;
import java.util.UUID;
import org.openiop.plugin.spi.Modality;

/**
 * One stretch of a member's presence as the session page's roster and the roster REST view read it
 * (through {@link RosterEntry}): when, how, from where, who recorded it and, for a removed entry,
 * who removed it and why. A copy, so a page cannot void or close it; {@code Attendance} does that.
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
        Instant recordedAt,
        boolean voided,
        String voidedBy,
        String voidReason,
        boolean stillOpen) {

    public static SegmentSummary of(AttendanceSegment s) {
        return new SegmentSummary(
                s.getId(),
                s.getSessionId(),
                s.getParticipantId(),
                s.getJoinedAt(),
                s.getLeftAt(),
                s.getModality(),
                s.getSource(),
                s.getPlaceOfService(),
                s.getRecordedBy(),
                s.getRecordedAt(),
                s.isVoided(),
                s.getVoidedBy(),
                s.getVoidReason(),
                s.isStillOpen());
    }
}
