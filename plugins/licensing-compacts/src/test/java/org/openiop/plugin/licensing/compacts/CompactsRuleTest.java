package org.openiop.plugin.licensing.compacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openiop.plugin.spi.Credential;
import org.openiop.plugin.spi.CredentialType;
import org.openiop.plugin.spi.LicensingDecision;
import org.openiop.plugin.spi.LicensingQuery;
import org.openiop.plugin.spi.LicensingRule;
import org.openiop.plugin.spi.LicensingRuleFactory;
import org.openiop.plugin.spi.Modality;
import org.openiop.plugin.spi.Profession;
import org.openiop.plugin.spi.Verdict;
import org.openiop.plugin.testkit.LicensingRuleContract;
import org.openiop.plugin.testkit.TestContexts;

class CompactsRuleTest extends LicensingRuleContract {

    static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    static final Credential APIT =
            new Credential(
                    CredentialType.COMPACT_PRIVILEGE,
                    Profession.PSYCHOLOGIST,
                    "CO",
                    "EP-4411",
                    LocalDate.of(2025, 1, 1),
                    null,
                    "PSYPACT:E.PASSPORT");

    @Override
    protected LicensingRuleFactory newFactory() {
        return new CompactsRuleFactory();
    }

    @Override
    protected Clock clock() {
        return Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
    }

    static LicensingQuery query(
            Profession profession, String where, LocalDate date, Credential... credentials) {
        return new LicensingQuery(
                "clinician-1", profession, List.of(credentials), where, Modality.VIDEO, date);
    }

    @Override
    protected List<LicensingQuery> queriesInScope() {
        return List.of(
                query(Profession.PSYCHOLOGIST, "TX", DAY, APIT),
                counselorIn("NE", DAY),
                counselorIn("OH", DAY));
    }

    @Override
    protected List<LicensingQuery> queriesOutOfScope() {
        return List.of(
                query(Profession.PSYCHOLOGIST, "CA", DAY, APIT),
                query(Profession.COUNSELOR, "OH", DAY),
                query(Profession.MARRIAGE_FAMILY_THERAPIST, "TX", DAY));
    }

    static LicensingQuery counselorIn(String where, LocalDate date) {
        return query(
                Profession.COUNSELOR,
                where,
                date,
                new Credential(
                        CredentialType.COMPACT_PRIVILEGE,
                        Profession.COUNSELOR,
                        where,
                        "CC-" + where,
                        LocalDate.of(2025, 1, 1),
                        null,
                        "COUNSELING"));
    }

    private LicensingRule rule() {
        return initialised().create();
    }

    @Test
    void aPsypactApitReachesMemberJurisdictionsOnly() {
        LicensingDecision member = rule().decide(query(Profession.PSYCHOLOGIST, "TX", DAY, APIT));
        assertEquals(Verdict.ALLOW, member.verdict(), member.reasons().toString());
        assertTrue(member.citations().get(0).url().contains("getlicensemap.com"));
        assertEquals(
                Verdict.ABSTAIN,
                rule().decide(query(Profession.PSYCHOLOGIST, "CA", DAY, APIT)).verdict(),
                "California is not a PSYPACT member: nothing allows, so the host reviews");
        Credential noPassport =
                new Credential(
                        CredentialType.COMPACT_PRIVILEGE,
                        Profession.PSYCHOLOGIST,
                        "CO",
                        "X",
                        LocalDate.of(2025, 1, 1),
                        null,
                        "PSYPACT");
        assertEquals(
                Verdict.REVIEW,
                rule().decide(query(Profession.PSYCHOLOGIST, "TX", DAY, noPassport)).verdict());
    }

    @Test
    void aCounselingPrivilegeCountsOnlyWhereTheStateIssuesPrivileges() {
        assertNotEquals(
                Verdict.ALLOW,
                rule().decide(counselorIn("NE", DAY)).verdict(),
                "Nebraska has enacted but is not issuing");
        assertEquals(Verdict.ALLOW, rule().decide(counselorIn("OH", DAY)).verdict());
        assertEquals(
                Verdict.REVIEW,
                rule().decide(counselorIn("OH", LocalDate.of(2026, 1, 4))).verdict(),
                "the day before Ohio began issuing");
    }

    @Test
    void theSocialWorkCompactNeverAllows() {
        Credential multistate =
                new Credential(
                        CredentialType.MULTISTATE_LICENSE,
                        Profession.SOCIAL_WORKER,
                        "MO",
                        "SW-1",
                        LocalDate.of(2025, 1, 1),
                        null,
                        "SOCIAL_WORK");
        assertEquals(
                Verdict.REVIEW,
                rule().decide(query(Profession.SOCIAL_WORKER, "KS", DAY, multistate)).verdict());
    }

    @Test
    void anNlcMultistateLicenseReachesActiveStates() {
        Credential nlc =
                new Credential(
                        CredentialType.MULTISTATE_LICENSE,
                        Profession.NURSE,
                        "TX",
                        "RN-77",
                        LocalDate.of(2020, 1, 1),
                        null,
                        "NLC");
        assertEquals(
                Verdict.ALLOW, rule().decide(query(Profession.NURSE, "FL", DAY, nlc)).verdict());
        assertEquals(
                Verdict.ABSTAIN, rule().decide(query(Profession.NURSE, "CA", DAY, nlc)).verdict());
        assertEquals(
                Verdict.REVIEW,
                rule().decide(query(Profession.NURSE, "PA", LocalDate.of(2025, 7, 6), nlc))
                        .verdict(),
                "Pennsylvania was not yet implemented");
    }

    @Test
    void aStateLicenseThereMakesTheCompactsAbstain() {
        Credential license =
                new Credential(
                        CredentialType.LICENSE,
                        Profession.COUNSELOR,
                        "NE",
                        "NE-1",
                        LocalDate.of(2020, 1, 1),
                        null,
                        null);
        LicensingQuery q =
                new LicensingQuery(
                        "c",
                        Profession.COUNSELOR,
                        List.of(license, counselorIn("NE", DAY).credentials().get(0)),
                        "NE",
                        Modality.VIDEO,
                        DAY);
        assertEquals(Verdict.ABSTAIN, rule().decide(q).verdict());
    }

    @Test
    void dataOlderThanTheConfiguredAgeWarnsOnEveryDecision() {
        CompactsRuleFactory factory = new CompactsRuleFactory();
        factory.init(TestContexts.of(Map.of("max-data-age-days", "30"), clock()));
        LicensingDecision d = factory.create().decide(counselorIn("OH", DAY));
        assertEquals(Verdict.ALLOW, d.verdict());
        assertTrue(
                d.warnings().stream().anyMatch(w -> w.contains("days old")),
                d.warnings().toString());

        CompactsRuleFactory lenient = new CompactsRuleFactory();
        lenient.init(TestContexts.of(Map.of("max-data-age-days", "400"), clock()));
        assertTrue(lenient.create().decide(counselorIn("OH", DAY)).warnings().isEmpty());
    }
}
