package org.openiop.attendance.entity;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.openiop.join.entity.JoinAttempt;
import org.openiop.join.entity.JoinSummary;

/**
 * A member's line on a session page: pseudonym, what was marked, and the time credited. Where they
 * are: NOT_YET (before the session), WAITING (joined from the portal, not yet seen by the vendor),
 * IN_ROOM, LEFT, or NEVER_CAME once the session is over; and how they joined.
 */
public record RosterEntry(
        UUID participantId,
        String pseudonym,
        List<AttendanceSegment> segments,
        Duration credited,
        Presence presence,
        JoinAttempt lastJoin,
        List<String> obligations) {

    public RosterEntry(
            UUID participantId,
            String pseudonym,
            List<AttendanceSegment> segments,
            Duration credited,
            Presence presence) {
        this(participantId, pseudonym, segments, credited, presence, null, List.of());
    }

    /** Where a member is relative to the session. */
    public enum Presence {
        NOT_YET,
        WAITING,
        IN_ROOM,
        LEFT,
        NEVER_CAME
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public List<AttendanceSegment> getSegments() {
        return segments;
    }

    public long getCreditedMinutes() {
        return credited.toMinutes();
    }

    public Presence getPresence() {
        return presence;
    }

    /**
     * Their latest press of Join for this session (where they were, the verdict, camera), or null.
     */
    public JoinAttempt getLastJoin() {
        return lastJoin;
    }

    /** The segments as the REST views read them. */
    public List<SegmentSummary> segmentSummaries() {
        return segments.stream().map(SegmentSummary::of).toList();
    }

    /** The latest press of Join as the REST views read it, or null. */
    public JoinSummary lastJoinSummary() {
        return lastJoin == null ? null : JoinSummary.of(lastJoin);
    }

    /**
     * What the licensing decision asks of the facilitator for this participant (e.g. verify their
     * location).
     */
    public List<String> getObligations() {
        return obligations;
    }
}
