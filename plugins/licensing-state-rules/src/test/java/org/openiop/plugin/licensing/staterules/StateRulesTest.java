package org.openiop.plugin.licensing.staterules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.plugin.spi.Credential;
import org.openiop.plugin.spi.CredentialType;
import org.openiop.plugin.spi.LicensingDecision;
import org.openiop.plugin.spi.LicensingQuery;
import org.openiop.plugin.spi.LicensingRuleFactory;
import org.openiop.plugin.spi.Modality;
import org.openiop.plugin.spi.Obligation;
import org.openiop.plugin.spi.Profession;
import org.openiop.plugin.spi.Verdict;
import org.openiop.plugin.testkit.LicensingRuleContract;

class StateRulesTest extends LicensingRuleContract {

    static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    static final Credential FL_REGISTRATION =
            new Credential(
                    CredentialType.TELEHEALTH_REGISTRATION,
                    Profession.COUNSELOR,
                    "FL",
                    "TPMC-123",
                    LocalDate.of(2025, 1, 1),
                    null,
                    null);

    @Override
    protected LicensingRuleFactory newFactory() {
        return new StateRulesFactory();
    }

    static LicensingQuery query(String where, Modality modality, Credential... credentials) {
        return new LicensingQuery(
                "clinician-1", Profession.COUNSELOR, List.of(credentials), where, modality, DAY);
    }

    @Override
    protected List<LicensingQuery> queriesInScope() {
        return List.of(
                query("FL", Modality.AUDIO_ONLY), query("FL", Modality.VIDEO, FL_REGISTRATION));
    }

    @Override
    protected List<LicensingQuery> queriesOutOfScope() {
        return List.of(query("WI", Modality.VIDEO), query("TX", Modality.PHONE));
    }

    @Test
    void californiaAddsItsTwoObligationsForTheFacilitatorWithTheirSources() {
        LicensingDecision d = initialised().create().decide(query("CA", Modality.VIDEO));
        assertEquals(Verdict.ABSTAIN, d.verdict(), "obligations alone never allow");
        assertEquals(
                List.of("CA_TELEHEALTH_CONSENT", "CA_PRESENT_LOCATION"),
                d.obligations().stream().map(Obligation::code).toList());
        assertTrue(d.obligations().stream().allMatch(o -> o.who() == Obligation.Who.FACILITATOR));
        assertEquals("Cal. Bus. & Prof. Code §2290.5", d.obligations().get(0).citation().title());
        assertEquals("16 CCR §1815.5", d.obligations().get(1).citation().title());
    }

    @Test
    void floridaRefusesAudioOnlyAndAllowsARegisteredOutOfStateProvider() {
        var rule = initialised().create();
        LicensingDecision audio = rule.decide(query("FL", Modality.AUDIO_ONLY, FL_REGISTRATION));
        assertEquals(Verdict.DENY, audio.verdict());
        assertTrue(audio.citations().stream().anyMatch(c -> c.title().contains("456.47")));
        assertEquals(
                Verdict.ALLOW, rule.decide(query("FL", Modality.VIDEO, FL_REGISTRATION)).verdict());
        assertEquals(
                Verdict.ABSTAIN,
                rule.decide(query("FL", Modality.VIDEO)).verdict(),
                "no registration: the licenses decide");
    }
}
