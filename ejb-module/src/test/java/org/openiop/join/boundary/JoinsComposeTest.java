package org.openiop.join.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openiop.licensing.boundary.SessionLicensing;
import org.openiop.licensing.entity.DecisionComposer;
import org.openiop.plugin.spi.LicensingDecision;
import org.openiop.plugin.spi.LicensingQuery;
import org.openiop.plugin.spi.Modality;
import org.openiop.plugin.spi.Profession;
import org.openiop.plugin.spi.Verdict;

class JoinsComposeTest {

    private static SessionLicensing.Answer answer(String clinician, Verdict v) {
        LicensingQuery q =
                new LicensingQuery(
                        clinician,
                        Profession.COUNSELOR,
                        List.of(),
                        "IL",
                        Modality.VIDEO,
                        LocalDate.of(2026, 12, 1));
        return new SessionLicensing.Answer(
                clinician,
                q,
                new DecisionComposer.Composed(
                        new LicensingDecision(
                                v, List.of("because"), List.of(), List.of(), List.of()),
                        Map.of()));
    }

    @Test
    void everyFacilitatorMustBeAllowedAndAnyDenyDenies() {
        assertEquals(
                Verdict.ALLOW,
                Joins.compose(List.of(answer("a", Verdict.ALLOW), answer("b", Verdict.ALLOW))));
        assertEquals(
                Verdict.REVIEW,
                Joins.compose(List.of(answer("a", Verdict.ALLOW), answer("b", Verdict.REVIEW))));
        assertEquals(
                Verdict.REVIEW,
                Joins.compose(List.of(answer("a", Verdict.ALLOW), answer("b", Verdict.ABSTAIN))),
                "an abstention is not an allow");
        assertEquals(
                Verdict.DENY,
                Joins.compose(List.of(answer("a", Verdict.REVIEW), answer("b", Verdict.DENY))));
        assertEquals(
                Verdict.REVIEW,
                Joins.compose(List.of()),
                "a group with no facilitator cannot be allowed");
    }
}
