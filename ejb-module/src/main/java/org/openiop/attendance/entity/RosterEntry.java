package org.openiop.attendance.entity;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.openiop.join.entity.JoinSummary;

/**
 * A member's line on a session page: pseudonym, what was marked, and the time credited. Where they
 * are: NOT_YET (before the session), WAITING (joined from the portal, not yet seen by the vendor),
 * IN_ROOM, LEFT, or NEVER_CAME once the session is over; and how they joined. The session page and
 * the roster REST view read it; segments and the last join come as copies ({@link SegmentSummary},
 * {@link JoinSummary}), not entities.
 */
public record RosterEntry(
        UUID participantId,
        String pseudonym,
        List<SegmentSummary> segments,
        Duration credited,
        Presence presence,
        JoinSummary lastJoin,
        List<String> obligations) {

    public RosterEntry(
            UUID participantId,
            String pseudonym,
            List<SegmentSummary> segments,
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

    public List<SegmentSummary> getSegments() {
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
    public JoinSummary getLastJoin() {
        return lastJoin;
    }

    /**
     * What the licensing decision asks of the facilitator for this participant (e.g. verify their
     * location).
     */
    public List<String> getObligations() {
        return obligations;
    }
}
