package org.openiop.licensing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.plugin.licensing.compacts.CompactsRuleFactory;
import org.openiop.plugin.licensing.statelicense.StateLicenseRuleFactory;
import org.openiop.plugin.licensing.staterules.StateRulesFactory;
import org.openiop.plugin.spi.Credential;
import org.openiop.plugin.spi.CredentialType;
import org.openiop.plugin.spi.LicensingDecision;
import org.openiop.plugin.spi.LicensingQuery;
import org.openiop.plugin.spi.LicensingRuleFactory;
import org.openiop.plugin.spi.Modality;
import org.openiop.plugin.spi.Obligation;
import org.openiop.plugin.spi.Profession;
import org.openiop.plugin.spi.Verdict;
import org.openiop.plugin.testkit.TestContexts;

/** The three bundled licensing plugins together, composed as OpenIOP composes them. */
class DecisionComposerTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
    static final Map<String, LicensingRuleFactory> PLUGINS = new LinkedHashMap<>();

    @BeforeAll
    static void bundledPlugins() {
        for (LicensingRuleFactory f :
                List.of(
                        new StateLicenseRuleFactory(),
                        new CompactsRuleFactory(),
                        new StateRulesFactory())) {
            f.init(TestContexts.of(Map.of(), CLOCK));
            PLUGINS.put(f.descriptor().id(), f);
        }
    }

    static LicensingDecision decide(
            Profession profession, String where, Modality modality, Credential... credentials) {
        LicensingQuery q =
                new LicensingQuery(
                        "clinician-1", profession, List.of(credentials), where, modality, DAY);
        Map<String, LicensingDecision> answers = new LinkedHashMap<>();
        PLUGINS.forEach((id, f) -> answers.put(id, f.create().decide(q)));
        return DecisionComposer.compose(answers).decision();
    }

    static Credential license(Profession profession, String state) {
        return new Credential(
                CredentialType.LICENSE,
                profession,
                state,
                state + "-1",
                LocalDate.of(2020, 1, 1),
                null,
                null);
    }

    @Test
    void aLicensedClinicianWithAParticipantInCaliforniaIsAllowedWithBothCaliforniaObligations() {
        LicensingDecision d =
                decide(
                        Profession.MARRIAGE_FAMILY_THERAPIST,
                        "CA",
                        Modality.VIDEO,
                        license(Profession.MARRIAGE_FAMILY_THERAPIST, "CA"));
        assertEquals(Verdict.ALLOW, d.verdict(), d.reasons().toString());
        assertEquals(
                List.of("CA_TELEHEALTH_CONSENT", "CA_PRESENT_LOCATION"),
                d.obligations().stream().map(Obligation::code).toList());
        assertTrue(
                d.reasons().get(0).startsWith("licensing-state-license: "), d.reasons().toString());
    }

    @Test
    void audioOnlyInFloridaIsNotAllowedEvenWithAFloridaLicense() {
        LicensingDecision d =
                decide(
                        Profession.COUNSELOR,
                        "FL",
                        Modality.AUDIO_ONLY,
                        license(Profession.COUNSELOR, "FL"));
        assertNotEquals(Verdict.ALLOW, d.verdict());
        assertTrue(
                d.reasons().stream().anyMatch(r -> r.contains("audio-only")),
                d.reasons().toString());
    }

    @Test
    void withNoRuleDecidingTheAnswerIsReview() {
        LicensingDecision d =
                decide(
                        Profession.COUNSELOR,
                        "WI",
                        Modality.VIDEO,
                        license(Profession.COUNSELOR, "IL"));
        assertEquals(Verdict.REVIEW, d.verdict());
        assertTrue(d.reasons().get(0).contains("a person must review"), d.reasons().toString());
        assertEquals(
                Verdict.REVIEW,
                DecisionComposer.compose(Map.of()).decision().verdict(),
                "no plugins at all");
    }

    @Test
    void aPsypactPsychologistIsAllowedInAMemberStateAndReviewedElsewhereWithTheStaleDataWarning() {
        Credential apit =
                new Credential(
                        CredentialType.COMPACT_PRIVILEGE,
                        Profession.PSYCHOLOGIST,
                        "CO",
                        "EP-1",
                        LocalDate.of(2025, 1, 1),
                        null,
                        "PSYPACT:E.PASSPORT");
        LicensingDecision member =
                decide(
                        Profession.PSYCHOLOGIST,
                        "TX",
                        Modality.VIDEO,
                        license(Profession.PSYCHOLOGIST, "CO"),
                        apit);
        assertEquals(Verdict.ALLOW, member.verdict());
        assertTrue(
                member.warnings().stream()
                        .anyMatch(w -> w.contains("PSYPACT") && w.contains("days old")),
                "the PSYPACT list (as of 2025-04-17) is older than 180 days: " + member.warnings());
        assertEquals(
                Verdict.REVIEW,
                decide(
                                Profession.PSYCHOLOGIST,
                                "NY",
                                Modality.VIDEO,
                                license(Profession.PSYCHOLOGIST, "CO"),
                                apit)
                        .verdict());
    }

    @Test
    void anyDenyWinsOverAnAllow() {
        Map<String, LicensingDecision> answers = new LinkedHashMap<>();
        answers.put(
                "a",
                LicensingDecision.of(
                        Verdict.ALLOW,
                        "fine",
                        new org.openiop.plugin.spi.Citation("x", "https://x", null)));
        answers.put(
                "b",
                LicensingDecision.of(
                        Verdict.DENY,
                        "no",
                        new org.openiop.plugin.spi.Citation("y", "https://y", null)));
        LicensingDecision d = DecisionComposer.compose(answers).decision();
        assertEquals(Verdict.DENY, d.verdict());
        assertEquals(List.of("b: no"), d.reasons());
    }
}
