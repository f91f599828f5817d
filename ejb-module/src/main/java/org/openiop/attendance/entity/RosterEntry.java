package org.openiop.attendance.entity;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A member's line on a session page: pseudonym, what was marked, and the time credited. Where they
 * are: NOT_YET (before the session), IN_ROOM, LEFT, or NEVER_CAME once the session is over.
 */
public record RosterEntry(UUID participantId, String pseudonym, List<AttendanceSegment> segments, Duration credited,
        Presence presence) {

    /** Where a member is relative to the session. */
    public enum Presence { NOT_YET, WAITING, IN_ROOM, LEFT, NEVER_CAME }

    public UUID getParticipantId() { return participantId; }
    public String getPseudonym() { return pseudonym; }
    public List<AttendanceSegment> getSegments() { return segments; }
    public long getCreditedMinutes() { return credited.toMinutes(); }
    public Presence getPresence() { return presence; }
}
