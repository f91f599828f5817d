package org.openiop.incident.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncidentTest {

    private static final Instant NOW = Instant.parse("2026-12-30T15:00:00Z");

    private static Incident reported() {
        return new Incident(
                IncidentKind.NAMES_EXPOSED,
                null,
                null,
                "quiet-falcon-1736",
                ReporterRole.PARTICIPANT,
                NOW,
                LocalDate.of(2026, 12, 30));
    }

    @Test
    void aBreachDiscoveredOnThirtyDecemberGetsItsDeadlines() {
        Incident i = reported();
        i.assess(
                LocalDate.of(2026, 12, 30),
                "sealed",
                true,
                620,
                Map.of("CA", 501, "IL", 119),
                true,
                "demo-privacy",
                NOW);
        assertEquals(IncidentStatus.ASSESSED, i.getStatus());
        assertEquals(LocalDate.of(2027, 2, 28), i.deadlines().individuals());
        assertEquals(
                LocalDate.of(2027, 2, 28),
                i.deadlines().hhs(),
                "500 or more: HHS with the individuals");
        assertEquals(Map.of("CA", LocalDate.of(2027, 2, 28)), i.deadlines().media());
        assertEquals(Map.of("CA", 501, "IL", 119), i.getResidentsByState());
    }

    @Test
    void aSmallBreachGoesToTheAnnualLogAndNoBreachHasNoDeadlines() {
        Incident small = reported();
        small.assess(
                LocalDate.of(2026, 12, 30),
                "sealed",
                true,
                3,
                Map.of("IL", 3),
                true,
                "demo-privacy",
                NOW);
        assertEquals(
                LocalDate.of(2027, 3, 1),
                small.deadlines().hhs(),
                "60 days after 31 December 2026");
        Incident none = reported();
        none.assess(
                LocalDate.of(2026, 12, 29),
                "sealed",
                false,
                0,
                Map.of(),
                true,
                "demo-privacy",
                NOW);
        assertNull(none.deadlines());
    }

    @Test
    void badAssessmentsAreRefusedAndAnOpenIncidentCannotBeClosed() {
        Incident i = reported();
        assertThrows(
                IllegalArgumentException.class,
                () -> i.assess(LocalDate.of(2027, 1, 5), "s", true, 1, Map.of(), true, "p", NOW),
                "discovery in the future");
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        i.assess(
                                LocalDate.of(2026, 12, 30),
                                "s",
                                true,
                                2,
                                Map.of("IL", 3),
                                true,
                                "p",
                                NOW),
                "more residents than affected");
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        i.assess(
                                LocalDate.of(2026, 12, 30),
                                "s",
                                true,
                                2,
                                Map.of("ZZ", 1),
                                true,
                                "p",
                                NOW),
                "unknown state");
        assertEquals(IncidentStatus.OPEN, i.getStatus(), "nothing changed");
        assertThrows(IllegalStateException.class, () -> i.close("p", NOW));
        i.assess(LocalDate.of(2026, 12, 30), "s", false, 0, Map.of(), false, "p", NOW);
        i.close("p", NOW);
        assertTrue(i.getStatus() == IncidentStatus.CLOSED);
        assertThrows(
                IllegalStateException.class,
                () ->
                        i.assess(
                                LocalDate.of(2026, 12, 30),
                                "s",
                                false,
                                0,
                                Map.of(),
                                false,
                                "p",
                                NOW));
    }
}
