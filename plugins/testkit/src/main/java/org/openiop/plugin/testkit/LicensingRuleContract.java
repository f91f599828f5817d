package org.openiop.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.plugin.spi.LicensingDecision;
import org.openiop.plugin.spi.LicensingQuery;
import org.openiop.plugin.spi.LicensingRule;
import org.openiop.plugin.spi.LicensingRuleFactory;
import org.openiop.plugin.spi.PluginKind;
import org.openiop.plugin.spi.Verdict;

/**
 * What every licensing rule must do: abstain outside its scope, answer the same way to the same
 * question, give reasons, and cite its sources whenever it does not abstain.
 */
public abstract class LicensingRuleContract extends PluginContract<LicensingRuleFactory> {

    /** Queries the rule has something to say about (it must not abstain on them). */
    protected abstract List<LicensingQuery> queriesInScope();

    /** Queries outside the rule's jurisdictions or professions (it must abstain). */
    protected abstract List<LicensingQuery> queriesOutOfScope();

    @Override
    protected PluginKind kind() {
        return PluginKind.LICENSING;
    }

    private LicensingRule rule() {
        return initialised().create();
    }

    @Test
    void abstainsOutsideItsScope() {
        LicensingRule rule = rule();
        for (LicensingQuery q : queriesOutOfScope()) {
            assertEquals(Verdict.ABSTAIN, rule.decide(q).verdict(), "out of scope: " + q);
        }
    }

    @Test
    void decidesInScopeWithReasonsAndCitations() {
        LicensingRule rule = rule();
        assertFalse(queriesInScope().isEmpty(), "give at least one query in scope");
        for (LicensingQuery q : queriesInScope()) {
            LicensingDecision d = rule.decide(q);
            assertNotNull(d, "decide() returned null for " + q);
            assertTrue(d.verdict() != Verdict.ABSTAIN, "in scope but abstained: " + q);
            assertFalse(d.reasons().isEmpty(), "no reasons for " + d.verdict());
            assertFalse(d.citations().isEmpty(), "no citation for " + d.verdict());
            d.citations()
                    .forEach(
                            c ->
                                    assertTrue(
                                            c.url().startsWith("https://")
                                                    || c.url().startsWith("http://"),
                                            "a citation needs a URL: " + c));
        }
    }

    @Test
    void isDeterministic() {
        LicensingRule rule = rule();
        for (LicensingQuery q : queriesInScope()) {
            assertEquals(rule.decide(q), rule.decide(q), "two answers to " + q);
        }
    }
}
