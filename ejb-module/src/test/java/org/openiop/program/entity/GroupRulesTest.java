package org.openiop.program.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GroupRulesTest {

    private static final Program SPRING_TERM =
            new Program(
                    "Spring IOP",
                    LevelOfCare.IOP_2_1,
                    "America/Chicago",
                    LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 6, 30));
    private static final TherapyGroup GROUP =
            new TherapyGroup(SPRING_TERM, "Evening", 12, null, List.of("demo-clinician"));
    private static final Instant SIX_PM = Instant.parse("2026-03-10T23:00:00Z");

    @Test
    void aSessionThatEndsBeforeItStartsIsRefused() {
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new GroupSession(GROUP, SIX_PM, SIX_PM.minusSeconds(60)));
        assertEquals("A session must end after it starts.", e.getMessage());
    }

    @Test
    void aMembershipOutsideTheProgramsDatesIsRefusedAndSaysWhichDates() {
        var early =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                new Membership(
                                        GROUP,
                                        UUID.randomUUID(),
                                        LocalDate.of(2026, 2, 1),
                                        null,
                                        "demo-admin",
                                        Instant.EPOCH));
        assertEquals(
                "A membership must fall within the program's dates (2026-03-01 to 2026-06-30).",
                early.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new Membership(
                                GROUP,
                                UUID.randomUUID(),
                                LocalDate.of(2026, 3, 1),
                                LocalDate.of(2026, 7, 1),
                                "demo-admin",
                                Instant.EPOCH));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new Membership(
                                GROUP,
                                UUID.randomUUID(),
                                LocalDate.of(2026, 7, 1),
                                null,
                                "demo-admin",
                                Instant.EPOCH));
        var open =
                new Membership(
                        GROUP,
                        UUID.randomUUID(),
                        LocalDate.of(2026, 3, 1),
                        null,
                        "demo-admin",
                        Instant.EPOCH);
        assertTrue(
                open.activeOn(LocalDate.of(2026, 6, 30)),
                "an open membership runs until the program ends");
        var within =
                new Membership(
                        GROUP,
                        UUID.randomUUID(),
                        LocalDate.of(2026, 3, 2),
                        LocalDate.of(2026, 6, 30),
                        "demo-admin",
                        Instant.EPOCH);
        assertTrue(within.activeOn(LocalDate.of(2026, 6, 30)));
        assertFalse(within.activeOn(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void statusFollowsTheClockUnlessCancelled() {
        var s = new GroupSession(GROUP, SIX_PM, SIX_PM.plusSeconds(3 * 3600));
        assertEquals(SessionStatus.SCHEDULED, s.statusAt(SIX_PM.minusSeconds(1)));
        assertEquals(SessionStatus.IN_PROGRESS, s.statusAt(SIX_PM));
        assertEquals(SessionStatus.COMPLETED, s.statusAt(SIX_PM.plusSeconds(3 * 3600)));
        s.cancel("Facilitator ill");
        assertEquals(SessionStatus.CANCELLED, s.statusAt(SIX_PM));
        assertThrows(IllegalStateException.class, () -> s.move(SIX_PM, SIX_PM.plusSeconds(60)));
    }

    @Test
    void capacityAndNamesAreChecked() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new TherapyGroup(SPRING_TERM, "Big", 0, null, List.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new TherapyGroup(SPRING_TERM, "Big", 12, null, List.of("two words")));
        assertEquals(540, SPRING_TERM.getWeeklyMinutes(), "adult IOP defaults to 9 hours");
        assertEquals(360, HourThresholds.defaultMinutes(LevelOfCare.IOP_2_1, AgeBand.ADOLESCENT));
        assertEquals(1200, HourThresholds.defaultMinutes(LevelOfCare.PHP_2_5, AgeBand.ADULT));
    }
}
