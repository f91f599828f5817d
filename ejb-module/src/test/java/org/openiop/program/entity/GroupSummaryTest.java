package org.openiop.program.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The group as the program page, the group page and the API read it. */
class GroupSummaryTest {

    private static final Program SPRING_TERM =
            new Program(
                    "Spring IOP",
                    LevelOfCare.IOP_2_1,
                    "America/Chicago",
                    LocalDate.of(2026, 3, 1),
                    null);

    @Test
    void aGroupWithoutAScheduleReadsAsNoSchedule() {
        TherapyGroup g = new TherapyGroup(SPRING_TERM, "Drop-in", 8, null, List.of("zed", "amy"));

        GroupSummary s = GroupSummary.of(g);

        assertFalse(s.hasSchedule());
        assertNull(s.describeSchedule(Locale.ENGLISH));
        assertNull(s.start());
        assertEquals(List.of("amy", "zed"), List.copyOf(s.sortedFacilitators()));
    }

    @Test
    void aScheduleReadsAsTheGroupPageShowsIt() {
        TherapyGroup g = new TherapyGroup(SPRING_TERM, "Evening", 12, null, List.of());
        g.reschedule(
                new WeeklySchedule(
                        EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                        LocalTime.of(18, 0),
                        LocalTime.of(21, 0),
                        LocalDate.of(2026, 3, 2),
                        null));

        GroupSummary s = GroupSummary.of(g);

        assertTrue(s.hasSchedule());
        assertEquals(
                List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                s.sortedWeekdays());
        assertEquals(g.getSchedule().describe(Locale.GERMAN), s.describeSchedule(Locale.GERMAN));
        assertEquals("Mon, Wed, Fri 18:00–21:00", s.describeSchedule(Locale.ENGLISH));
    }
}
