package org.openiop.program.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A therapy group as pages, REST views and other components read it: its program's id, name and
 * time zone, its own name, capacity, video plugin, weekly schedule and facilitators. A copy; the
 * roster is not in it (staff read that through {@code Groups.roster}). A group without a schedule
 * has no weekdays and null times, dates and schedule text.
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

    /** Whether the group meets on a weekly schedule (else only in sessions added one by one). */
    public boolean hasSchedule() {
        return !weekdays.isEmpty();
    }

    /** The weekdays from Monday to Sunday, for forms and the API. */
    public List<DayOfWeek> sortedWeekdays() {
        return weekdays.stream().sorted().toList();
    }

    /** The schedule for people in their language ("Mon, Wed, Fri 18:00–21:00"), or null. */
    public String describeSchedule(Locale locale) {
        return hasSchedule() ? WeeklySchedule.describe(weekdays, start, end, locale) : null;
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
