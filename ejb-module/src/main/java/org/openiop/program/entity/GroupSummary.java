package org.openiop.program.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A therapy group as pages, REST views and other components read it: its program's id, name and
 * time zone, its own name, capacity, video plugin, weekly schedule and facilitators. A copy; the
 * roster is not in it (staff read that through {@code Groups.roster}).
 */
public record GroupSummary(
        UUID id,
        UUID programId,
        String programName,
        String timeZone,
        String name,
        int capacity,
        String videoPlugin,
        Set<DayOfWeek> weekdays,
        LocalTime start,
        LocalTime end,
        LocalDate from,
        LocalDate until,
        String scheduleText,
        Set<String> facilitators) {

    public GroupSummary {
        weekdays = Set.copyOf(weekdays);
        facilitators = Set.copyOf(facilitators);
    }

    public static GroupSummary of(TherapyGroup g) {
        WeeklySchedule s = g.getSchedule();
        Program p = g.getProgram();
        return new GroupSummary(
                g.getId(),
                p.getId(),
                p.getName(),
                p.getTimeZone(),
                g.getName(),
                g.getCapacity(),
                g.getVideoPlugin(),
                s == null ? Set.of() : s.weekdays(),
                s == null ? null : s.getStart(),
                s == null ? null : s.getEnd(),
                s == null ? null : s.getFrom(),
                s == null ? null : s.getUntil(),
                s == null ? null : s.describe(Locale.ENGLISH),
                new TreeSet<>(g.getFacilitators()));
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The facilitators in alphabetical order, for lists. */
    public Set<String> sortedFacilitators() {
        return new TreeSet<>(facilitators);
    }

    public boolean isFacilitatedBy(String clinician) {
        return facilitators.contains(clinician);
    }
}
