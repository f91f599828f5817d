package org.openiop.program.boundary;

import java.util.List;
import org.openiop.program.entity.GroupSession;
import org.openiop.program.entity.GroupSummary;
import org.openiop.program.entity.SessionSummary;
import org.openiop.program.entity.TherapyGroup;

/**
 * The result of a change to the calendar: the sessions it made or moved, and warnings that do not
 * stop it (a facilitator booked elsewhere at the same time). Pages and REST views read the group
 * and the sessions as summaries ({@link #groupSummary()}, {@link #sessionSummaries()}).
 */
public record Scheduled(TherapyGroup group, List<GroupSession> sessions, List<String> warnings) {

    /** The group as pages and REST views read it. */
    public GroupSummary groupSummary() {
        return GroupSummary.of(group);
    }

    /** The sessions made or moved, as pages and REST views read them. */
    public List<SessionSummary> sessionSummaries() {
        return sessions.stream().map(SessionSummary::of).toList();
    }
}
