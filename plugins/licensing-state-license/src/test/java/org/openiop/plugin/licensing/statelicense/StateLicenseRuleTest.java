package org.openiop.plugin.licensing.statelicense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.plugin.spi.Credential;
import org.openiop.plugin.spi.CredentialType;
import org.openiop.plugin.spi.LicensingDecision;
import org.openiop.plugin.spi.LicensingQuery;
import org.openiop.plugin.spi.LicensingRuleFactory;
import org.openiop.plugin.spi.Modality;
import org.openiop.plugin.spi.Profession;
import org.openiop.plugin.spi.Verdict;
import org.openiop.plugin.testkit.LicensingRuleContract;

class StateLicenseRuleTest extends LicensingRuleContract {

    static final Credential IL_LICENSE =
            new Credential(
                    CredentialType.LICENSE,
                    Profession.COUNSELOR,
                    "IL",
                    "180.012345",
                    LocalDate.of(2024, 1, 1),
                    LocalDate.of(2026, 12, 31),
                    null);

    @Override
    protected LicensingRuleFactory newFactory() {
        return new StateLicenseRuleFactory();
    }

    @Override
    protected Clock clock() {
        return Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
    }

    static LicensingQuery query(String where, LocalDate date, Credential... credentials) {
        return new LicensingQuery(
                "clinician-1",
                Profession.COUNSELOR,
                List.of(credentials),
                where,
                Modality.VIDEO,
                date);
    }

    @Override
    protected List<LicensingQuery> queriesInScope() {
        return List.of(
                query("IL", LocalDate.of(2026, 11, 30), IL_LICENSE),
                query("IL", LocalDate.of(2027, 1, 1), IL_LICENSE));
    }

    @Override
    protected List<LicensingQuery> queriesOutOfScope() {
        return List.of(
                query("WI", LocalDate.of(2026, 11, 30), IL_LICENSE),
                query("IL", LocalDate.of(2026, 11, 30)));
    }

    @Test
    void aLicenseValidThatDayAllowsAndTheDayAfterItEndsDenies() {
        var rule = initialised().create();
        LicensingDecision lastDay =
                rule.decide(query("IL", LocalDate.of(2026, 12, 31), IL_LICENSE));
        assertEquals(Verdict.ALLOW, lastDay.verdict());
        assertTrue(lastDay.reasons().get(0).contains("180.012345"));
        LicensingDecision dayAfter = rule.decide(query("IL", LocalDate.of(2027, 1, 1), IL_LICENSE));
        assertEquals(Verdict.DENY, dayAfter.verdict());
        assertTrue(
                dayAfter.reasons().get(0).contains("ended on 2026-12-31"),
                dayAfter.reasons().toString());
        assertTrue(dayAfter.citations().get(0).url().contains("cchpca.org"));
    }

    @Test
    void anExpiredLicenseDoesNotDenyWhenAnotherAuthorityMayApply() {
        Credential privilege =
                new Credential(
                        CredentialType.COMPACT_PRIVILEGE,
                        Profession.COUNSELOR,
                        "IL",
                        "P-1",
                        LocalDate.of(2026, 1, 1),
                        null,
                        "COUNSELING");
        assertEquals(
                Verdict.ABSTAIN,
                initialised()
                        .create()
                        .decide(query("IL", LocalDate.of(2027, 1, 1), IL_LICENSE, privilege))
                        .verdict());
    }
}
