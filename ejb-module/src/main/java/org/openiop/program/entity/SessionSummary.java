package org.openiop.program.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * One meeting of a group as pages, REST views and other components read it: when it runs, its
 * stored status and, for headings, its group's and program's ids and names and the program's time
 * zone. A copy, so no page reaches the group's roster or the program's settings through it.
 */
public record SessionSummary(
        UUID id,
        UUID groupId,
        String groupName,
        UUID programId,
        String programName,
        String timeZone,
        Instant startsAt,
        Instant endsAt,
        SessionStatus status,
        LocalDate scheduledDay,
        boolean moved,
        String cancelReason) {

    public static SessionSummary of(GroupSession s) {
        TherapyGroup g = s.getGroup();
        Program p = g.getProgram();
        return new SessionSummary(
                s.getId(),
                g.getId(),
                g.getName(),
                p.getId(),
                p.getName(),
                p.getTimeZone(),
                s.getStartsAt(),
                s.getEndsAt(),
                s.getStatus(),
                s.getScheduledDay(),
                s.isMoved(),
                s.getCancelReason());
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The status as of now, by the same rule as {@link GroupSession#statusAt(Instant)}. */
    public SessionStatus statusAt(Instant now) {
        return status.at(startsAt, endsAt, now);
    }

    /** The local day in the program's time zone on which the session starts. */
    public LocalDate localDay() {
        return ZonedDateTime.ofInstant(startsAt, zone()).toLocalDate();
    }
}
