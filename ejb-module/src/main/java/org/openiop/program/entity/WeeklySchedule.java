package org.openiop.program.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A group's recurring meeting: the same local start and end time on chosen weekdays, in the
 * program's time zone, from a first day until an optional last day. Occurrences are computed in
 * local time and only then placed on the timeline, so 18:00 stays 18:00 on both sides of a
 * daylight-saving change. A meeting whose end time is not after its start runs past midnight.
 */
@Embeddable
public class WeeklySchedule {

    @Column(name = "schedule_days", length = 27)
    private String days;

    @Column(name = "schedule_start")
    private LocalTime start;

    @Column(name = "schedule_end")
    private LocalTime end;

    @Column(name = "schedule_from")
    private LocalDate from;

    @Column(name = "schedule_until")
    private LocalDate until;

    protected WeeklySchedule() {
        // for JPA
    }

    /**
     * @throws IllegalArgumentException with a message naming what to fix
     */
    public WeeklySchedule(
            Set<DayOfWeek> days, LocalTime start, LocalTime end, LocalDate from, LocalDate until) {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one day of the week.");
        }
        if (start == null || end == null) {
            throw new IllegalArgumentException("Give the start and end time of the meeting.");
        }
        if (start.equals(end)) {
            throw new IllegalArgumentException("A meeting must end after it starts.");
        }
        Objects.requireNonNull(from, "Give the first day of the schedule.");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException(
                    "The schedule's last day ("
                            + until
                            + ") is before its first day ("
                            + from
                            + ").");
        }
        this.days =
                EnumSet.copyOf(days).stream()
                        .map(d -> d.name().substring(0, 3))
                        .collect(Collectors.joining(","));
        this.start = start;
        this.end = end;
        this.from = from;
        this.until = until;
    }

    /** One meeting the schedule asks for. */
    public record Occurrence(LocalDate day, Instant startsAt, Instant endsAt) {}

    /**
     * The meetings on local days {@code first}..{@code last} (inclusive) that this schedule covers.
     */
    public List<Occurrence> occurrences(ZoneId zone, LocalDate first, LocalDate last) {
        LocalDate day = first.isBefore(from) ? from : first;
        LocalDate stop = until != null && until.isBefore(last) ? until : last;
        Set<DayOfWeek> weekdays = weekdays();
        List<Occurrence> out = new ArrayList<>();
        for (; !day.isAfter(stop); day = day.plusDays(1)) {
            if (weekdays.contains(day.getDayOfWeek())) {
                ZonedDateTime begins = ZonedDateTime.of(day, start, zone);
                LocalDate endDay = end.isAfter(start) ? day : day.plusDays(1);
                ZonedDateTime ends = ZonedDateTime.of(endDay, end, zone);
                out.add(new Occurrence(day, begins.toInstant(), ends.toInstant()));
            }
        }
        return out;
    }

    public Set<DayOfWeek> weekdays() {
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        for (String d : days.split(",")) {
            out.add(
                    Arrays.stream(DayOfWeek.values())
                            .filter(w -> w.name().startsWith(d))
                            .findFirst()
                            .orElseThrow());
        }
        return out;
    }

    /** For people: "Mon, Wed, Fri 18:00–21:00". */
    public String describe(Locale locale) {
        return describe(weekdays(), start, end, locale);
    }

    /** As {@link #describe(Locale)}, for a schedule read from a {@link GroupSummary}. */
    static String describe(Set<DayOfWeek> days, LocalTime start, LocalTime end, Locale locale) {
        return days.stream()
                        .sorted()
                        .map(d -> d.getDisplayName(TextStyle.SHORT, locale))
                        .collect(Collectors.joining(", "))
                + " "
                + start
                + "–"
                + end;
    }

    /** Minutes one meeting lasts by the clock on the wall (a DST night may differ by an hour). */
    public long nominalMinutes() {
        long minutes = java.time.Duration.between(start, end).toMinutes();
        return minutes > 0 ? minutes : minutes + 24 * 60;
    }

    public LocalTime getStart() {
        return start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getUntil() {
        return until;
    }
}
