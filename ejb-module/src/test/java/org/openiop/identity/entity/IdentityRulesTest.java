package org.openiop.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityRulesTest {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    static Identity complete() {
        return new Identity(
                "Pat",
                null,
                "Example",
                LocalDate.of(1990, 4, 23),
                "+1 312 555 0100",
                "1 Example Way",
                "Chicago",
                "il",
                "60614",
                "IL",
                "Sam Example",
                "312-555-0101",
                null,
                null);
    }

    @Test
    void aCompleteIdentityHasNoProblems() {
        assertEquals(Map.of(), IdentityRules.problems(IdentityRules.normalized(complete()), CLOCK));
    }

    @Test
    void eachProblemNamesItsFieldWithoutRepeatingTheValue() {
        Identity bad =
                new Identity(
                        " ",
                        null,
                        "Ex<ample>",
                        LocalDate.of(2030, 1, 1),
                        "call me",
                        "",
                        "Chicago",
                        "XX",
                        "606",
                        "ZZ",
                        "Sam",
                        "3",
                        "Acme Health",
                        null);
        Map<String, String> problems = IdentityRules.problems(bad, CLOCK);
        assertEquals(
                java.util.Set.of(
                        "legalFirstName",
                        "legalLastName",
                        "dateOfBirth",
                        "phone",
                        "streetAddress",
                        "postalState",
                        "postalCode",
                        "stateOfResidence",
                        "emergencyContactPhone",
                        "insuranceMemberId"),
                problems.keySet());
        problems.values()
                .forEach(m -> assertTrue(!m.contains("Ex<ample>") && !m.contains("call me"), m));
    }

    @Test
    void normalizingTrimsAndCapitalisesStateCodes() {
        Identity normalized = IdentityRules.normalized(complete());
        assertEquals("IL", normalized.postalState());
    }
}
