package org.openiop.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.openiop.platform.entity.UsJurisdictions;
import org.openiop.platform.entity.Versioned;
import org.openiop.plugin.spi.Modality;

/**
 * One stretch of a participant's presence in a session. Corrections void a segment (who, when, why)
 * rather than delete it, so the ledger's history can be explained later.
 */
@Entity
@Table(name = "attendance_segment")
@NamedQuery(
        name = AttendanceSegment.OF_SESSION,
        query =
                "select a from AttendanceSegment a where a.sessionId = :session "
                        + "order by a.joinedAt")
@NamedQuery(
        name = AttendanceSegment.CREDITED_IN_SESSIONS,
        query =
                "select a.sessionId, a.participantId, a.joinedAt, a.leftAt, a.modality from"
                        + " AttendanceSegment a where a.voidedAt is null and a.source <>"
                        + " org.openiop.attendance.entity.SegmentSource.PORTAL and a.sessionId in"
                        + " :sessions")
@NamedQuery(
        name = AttendanceSegment.OPEN_FROM_VENDOR,
        query =
                "select a from AttendanceSegment a where a.sessionId = :session and a.participantId"
                        + " = :participant and a.stillOpen = true and a.voidedAt is null")
@NamedQuery(
        name = AttendanceSegment.ALL_OPEN_IN_SESSION,
        query =
                "select a from AttendanceSegment a where a.sessionId = :session "
                        + "and a.stillOpen = true and a.voidedAt is null")
@NamedQuery(
        name = AttendanceSegment.COUNT_OF_SESSION,
        query = "select count(a) from AttendanceSegment a " + "where a.sessionId = :session")
public class AttendanceSegment extends Versioned {

    public static final String OF_SESSION = "AttendanceSegment.ofSession";

    /** Credited (not voided, not portal) spans of the given sessions, as five columns. */
    public static final String CREDITED_IN_SESSIONS = "AttendanceSegment.creditedInSessions";

    public static final String COUNT_OF_SESSION = "AttendanceSegment.countOfSession";
    public static final String OPEN_FROM_VENDOR = "AttendanceSegment.openFromVendor";
    public static final String ALL_OPEN_IN_SESSION = "AttendanceSegment.allOpenInSession";

    @Column(name = "session_id", nullable = false)
    private UUID sessionId;

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "left_at", nullable = false)
    private Instant leftAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Modality modality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SegmentSource source;

    @Column(name = "place_of_service", length = 2)
    private String placeOfService;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "voided_by", length = 80)
    private String voidedBy;

    @Column(name = "void_reason", length = 200)
    private String voidReason;

    @Column(name = "join_attempt_id")
    private UUID joinAttemptId;

    @Column(name = "still_open", nullable = false)
    private boolean stillOpen;

    protected AttendanceSegment() {
        // for JPA
    }

    /**
     * @throws IllegalArgumentException with a message naming what to fix
     */
    public AttendanceSegment(
            UUID sessionId,
            UUID participantId,
            Instant joinedAt,
            Instant leftAt,
            Modality modality,
            SegmentSource source,
            String placeOfService,
            String recordedBy,
            Instant recordedAt) {
        if (joinedAt == null || leftAt == null) {
            throw new IllegalArgumentException("Give the time they joined and the time they left.");
        }
        if (!leftAt.isAfter(joinedAt)) {
            throw new IllegalArgumentException(
                    "The time they left must be after the time they joined.");
        }
        if (placeOfService != null && !UsJurisdictions.isCode(placeOfService)) {
            throw new IllegalArgumentException(
                    "The place of service must be a US state or territory code.");
        }
        newId();
        this.sessionId = Objects.requireNonNull(sessionId);
        this.participantId = Objects.requireNonNull(participantId);
        this.joinedAt = joinedAt;
        this.leftAt = leftAt;
        this.modality =
                Objects.requireNonNull(
                        modality, "Choose how they took part (video, audio only or phone).");
        this.source = Objects.requireNonNull(source);
        this.placeOfService =
                placeOfService == null ? null : placeOfService.toUpperCase(Locale.ROOT);
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    /**
     * @throws IllegalArgumentException without a reason; IllegalStateException when already void
     */
    public void voidIt(String by, String reason, Instant at) {
        if (voidedAt != null) {
            throw new IllegalStateException("This segment was already removed.");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
            throw new IllegalArgumentException(
                    "Say why this attendance is removed (at most 200 characters).");
        }
        this.voidedAt = Objects.requireNonNull(at);
        this.voidedBy = Objects.requireNonNull(by);
        this.voidReason = reason.strip();
    }

    /**
     * Ties the segment to the join it came from (where the participant was, the licensing verdict),
     * and for a vendor's "joined" marks its end as provisional until the vendor reports the leave.
     */
    public AttendanceSegment fromJoin(UUID attemptId, boolean open) {
        this.joinAttemptId = attemptId;
        this.stillOpen = open;
        return this;
    }

    /**
     * The vendor reported the leave (or the room's end): the provisional end becomes the real one.
     */
    public void close(Instant at) {
        if (!stillOpen) {
            return;
        }
        this.leftAt = at.isAfter(joinedAt) ? at : joinedAt.plusSeconds(1);
        this.stillOpen = false;
    }

    public boolean isVoided() {
        return voidedAt != null;
    }

    public Duration length() {
        return Duration.between(joinedAt, leftAt);
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    public Modality getModality() {
        return modality;
    }

    public SegmentSource getSource() {
        return source;
    }

    public String getPlaceOfService() {
        return placeOfService;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public String getVoidedBy() {
        return voidedBy;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public UUID getJoinAttemptId() {
        return joinAttemptId;
    }

    public boolean isStillOpen() {
        return stillOpen;
    }
}
