package org.openiop.program.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyScheduleTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final WeeklySchedule MWF_EVENINGS =
            new WeeklySchedule(
                    EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                    LocalTime.of(18, 0),
                    LocalTime.of(21, 0),
                    LocalDate.of(2026, 1, 1),
                    null);

    @Test
    void springForwardKeepsSixPmLocalAndMovesTheUtcInstantAnHourEarlier() {
        // US daylight saving time starts on Sunday 8 March 2026.
        List<WeeklySchedule.Occurrence> around =
                MWF_EVENINGS.occurrences(
                        CHICAGO, LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 9));
        assertEquals(
                List.of(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 9)),
                around.stream().map(o -> o.day()).toList());
        assertEquals(
                Instant.parse("2026-03-07T00:00:00Z"),
                around.get(0).startsAt(),
                "Friday 18:00 CST is 00:00 UTC");
        assertEquals(
                Instant.parse("2026-03-09T23:00:00Z"),
                around.get(1).startsAt(),
                "Monday 18:00 CDT is 23:00 UTC");
        for (var o : around) {
            assertEquals(
                    LocalTime.of(18, 0),
                    ZonedDateTime.ofInstant(o.startsAt(), CHICAGO).toLocalTime());
            assertEquals(Duration.ofHours(3), Duration.between(o.startsAt(), o.endsAt()));
        }
    }

    @Test
    void fallBackKeepsSixPmLocalAndMovesTheUtcInstantAnHourLater() {
        // US daylight saving time ends on Sunday 1 November 2026.
        List<WeeklySchedule.Occurrence> around =
                MWF_EVENINGS.occurrences(
                        CHICAGO, LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 2));
        assertEquals(Instant.parse("2026-10-30T23:00:00Z"), around.get(0).startsAt());
        assertEquals(Instant.parse("2026-11-03T00:00:00Z"), around.get(1).startsAt());
        assertEquals(Instant.parse("2026-11-03T03:00:00Z"), around.get(1).endsAt());
    }

    @Test
    void aMeetingAcrossTheNightOfTheChangeLastsItsRealLength() {
        var overnight =
                new WeeklySchedule(
                        EnumSet.of(DayOfWeek.SATURDAY),
                        LocalTime.of(23, 0),
                        LocalTime.of(3, 0),
                        LocalDate.of(2026, 1, 1),
                        null);
        var o =
                overnight
                        .occurrences(
                                CHICAGO, LocalDate.of(2026, 10, 31), LocalDate.of(2026, 10, 31))
                        .get(0);
        assertEquals(
                Duration.ofHours(5),
                Duration.between(o.startsAt(), o.endsAt()),
                "23:00 CDT to 03:00 CST is five hours");
        assertEquals(240, overnight.nominalMinutes());
    }

    @Test
    void occurrencesStayWithinTheScheduleDates() {
        var term =
                new WeeklySchedule(
                        EnumSet.of(DayOfWeek.TUESDAY),
                        LocalTime.of(9, 0),
                        LocalTime.of(12, 0),
                        LocalDate.of(2026, 2, 3),
                        LocalDate.of(2026, 2, 17));
        var all =
                term.occurrences(
                        ZoneId.of("UTC"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertEquals(
                List.of(
                        LocalDate.of(2026, 2, 3),
                        LocalDate.of(2026, 2, 10),
                        LocalDate.of(2026, 2, 17)),
                all.stream().map(WeeklySchedule.Occurrence::day).toList());
    }

    @Test
    void refusesWhatCannotBeScheduled() {
        var monday = EnumSet.of(DayOfWeek.MONDAY);
        var nine = LocalTime.of(9, 0);
        var day = LocalDate.of(2026, 1, 5);
        assertEquals(
                "Choose at least one day of the week.",
                assertThrows(
                                IllegalArgumentException.class,
                                () ->
                                        new WeeklySchedule(
                                                EnumSet.noneOf(DayOfWeek.class),
                                                nine,
                                                nine.plusHours(1),
                                                day,
                                                null))
                        .getMessage());
        assertEquals(
                "A meeting must end after it starts.",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> new WeeklySchedule(monday, nine, nine, day, null))
                        .getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> new WeeklySchedule(monday, nine, nine.plusHours(1), day, day.minusDays(1)));
    }
}
