package org.openiop.program.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProgramTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    @Test
    void refusesBlankNameWithAReadableMessage() {
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                new Program(
                                        "  ", LevelOfCare.IOP_2_1, "America/Chicago", JAN_1, null));
        assertEquals("A program needs a name.", e.getMessage());
    }

    @Test
    void refusesAnUnknownTimeZone() {
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                new Program(
                                        "Evening IOP",
                                        LevelOfCare.IOP_2_1,
                                        "Mars/Olympus",
                                        JAN_1,
                                        null));
        assertTrue(e.getMessage().contains("Mars/Olympus"));
    }

    @Test
    void refusesToEndBeforeItStarts() {
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new Program(
                                "Evening IOP",
                                LevelOfCare.IOP_2_1,
                                "UTC",
                                JAN_1,
                                JAN_1.minusDays(1)));
    }

    @Test
    void runsFromItsStartThroughItsLastDay() {
        var p = new Program(" Evening IOP ", LevelOfCare.IOP_2_1, "UTC", JAN_1, JAN_1.plusDays(6));
        assertEquals("Evening IOP", p.getName());
        assertFalse(p.runsOn(JAN_1.minusDays(1)));
        assertTrue(p.runsOn(JAN_1));
        assertTrue(p.runsOn(JAN_1.plusDays(6)));
        assertFalse(p.runsOn(JAN_1.plusDays(7)));
    }
}
