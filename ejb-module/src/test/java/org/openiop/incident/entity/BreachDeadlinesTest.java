package org.openiop.incident.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BreachDeadlinesTest {

    static final LocalDate DEC_30 = LocalDate.of(2026, 12, 30);

    @Test
    void fewerThan500DiscoveredOn30DecemberGoToTheAnnualLogDueOn1March() {
        BreachDeadlines d = BreachDeadlines.of(DEC_30, 12, Map.of("IL", 12));
        // 30 Dec + 60 days: 1 day to 31 Dec, 31 in January, 28 in February 2027.
        assertEquals(LocalDate.of(2027, 2, 28), d.individuals());
        // 60 days after the end of 2026: 31 Dec + 60 = 1 March 2027.
        assertEquals(LocalDate.of(2027, 3, 1), d.hhs());
        assertFalse(d.hhsWithIndividuals());
        assertTrue(d.media().isEmpty());
    }

    @Test
    void fiveHundredOrMoreGoToHhsWithTheIndividuals() {
        BreachDeadlines exactly = BreachDeadlines.of(DEC_30, 500, Map.of("IL", 300, "IN", 200));
        assertTrue(exactly.hhsWithIndividuals());
        assertEquals(LocalDate.of(2027, 2, 28), exactly.hhs());
        assertTrue(exactly.media().isEmpty(), "no State has more than 500 residents affected");
        BreachDeadlines justUnder = BreachDeadlines.of(DEC_30, 499, Map.of());
        assertFalse(justUnder.hhsWithIndividuals());
    }

    @Test
    void aStateWithMoreThan500ResidentsAffectedNeedsTheMediaNoticeOnlyThere() {
        BreachDeadlines d =
                BreachDeadlines.of(DEC_30, 1200, Map.of("IL", 501, "WI", 500, "IN", 199));
        assertEquals(Map.of("IL", LocalDate.of(2027, 2, 28)), d.media());
        assertTrue(d.hhsWithIndividuals());
    }

    @Test
    void aLeapYearMovesTheDates() {
        BreachDeadlines d = BreachDeadlines.of(LocalDate.of(2027, 12, 30), 3, Map.of());
        assertEquals(LocalDate.of(2028, 2, 28), d.individuals());
        assertEquals(LocalDate.of(2028, 2, 29), d.hhs(), "31 Dec 2027 + 60 days in leap-year 2028");
    }

    @Test
    void countsThatDoNotAddUpAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> BreachDeadlines.of(DEC_30, 10, Map.of("IL", 11)));
        assertThrows(
                IllegalArgumentException.class, () -> BreachDeadlines.of(DEC_30, -1, Map.of()));
    }
}
