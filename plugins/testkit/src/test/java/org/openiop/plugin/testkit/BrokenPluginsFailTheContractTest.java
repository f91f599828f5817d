package org.openiop.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openiop.plugin.spi.Citation;
import org.openiop.plugin.spi.LicensingDecision;
import org.openiop.plugin.spi.LicensingQuery;
import org.openiop.plugin.spi.LicensingRule;
import org.openiop.plugin.spi.LicensingRuleFactory;
import org.openiop.plugin.spi.Modality;
import org.openiop.plugin.spi.PluginContext;
import org.openiop.plugin.spi.PluginDescriptor;
import org.openiop.plugin.spi.PluginKind;
import org.openiop.plugin.spi.Profession;
import org.openiop.plugin.spi.Verdict;

/**
 * The contract must catch what it promises to catch: a deliberately broken licensing rule fails
 * exactly the checks it breaks, and a well-behaved one passes them all.
 */
class BrokenPluginsFailTheContractTest {

    static final LicensingQuery IN =
            new LicensingQuery(
                    "c",
                    Profession.COUNSELOR,
                    List.of(),
                    "IL",
                    Modality.VIDEO,
                    LocalDate.of(2026, 12, 1));
    static final LicensingQuery OUT =
            new LicensingQuery(
                    "c",
                    Profession.COUNSELOR,
                    List.of(),
                    "WI",
                    Modality.VIDEO,
                    LocalDate.of(2026, 12, 1));

    /** A small rule: it speaks for Illinois only. {@code flaw} selects what it gets wrong. */
    static final class Rule implements LicensingRuleFactory {
        final String flaw;

        Rule(String flaw) {
            this.flaw = flaw;
        }

        @Override
        public PluginDescriptor descriptor() {
            return new PluginDescriptor(
                    "licensing-illinois",
                    "Illinois",
                    "1.0.0",
                    PluginKind.LICENSING,
                    flaw.equals("future-spi") ? "[2.0,3.0)" : "[1.0,2.0)",
                    List.of());
        }

        @Override
        public void init(PluginContext context) {}

        @Override
        public LicensingRule create() {
            AtomicInteger calls = new AtomicInteger();
            return q -> {
                boolean illinois = q.participantJurisdiction().equals("IL");
                if (!illinois && !flaw.equals("never-abstains")) {
                    return LicensingDecision.abstain("Only Illinois.");
                }
                List<Citation> cite =
                        flaw.equals("no-citation")
                                ? List.of()
                                : List.of(
                                        new Citation(
                                                "225 ILCS 107", "https://www.ilga.gov/", null));
                Verdict verdict =
                        flaw.equals("flips") && calls.incrementAndGet() % 2 == 0
                                ? Verdict.DENY
                                : Verdict.ALLOW;
                return new LicensingDecision(
                        verdict, List.of("reason"), List.of(), cite, List.of());
            };
        }
    }

    /** The contract, against the rule with the given flaw. */
    abstract static class Contract extends LicensingRuleContract {
        abstract String flaw();

        @Override
        protected LicensingRuleFactory newFactory() {
            return new Rule(flaw());
        }

        @Override
        protected List<LicensingQuery> queriesInScope() {
            return List.of(IN);
        }

        @Override
        protected List<LicensingQuery> queriesOutOfScope() {
            return List.of(OUT);
        }
    }

    static class Good extends Contract {
        String flaw() {
            return "none";
        }
    }

    static class NeverAbstains extends Contract {
        String flaw() {
            return "never-abstains";
        }
    }

    static class NoCitation extends Contract {
        String flaw() {
            return "no-citation";
        }
    }

    static class Flips extends Contract {
        String flaw() {
            return "flips";
        }
    }

    static class FutureSpi extends Contract {
        String flaw() {
            return "future-spi";
        }
    }

    @Test
    void aWellBehavedRulePassesEveryCheck() {
        assertEquals(Set.of(), ContractRuns.failures(Good.class, 5));
    }

    @Test
    void eachFlawFailsTheCheckMadeForIt() {
        assertEquals(
                Set.of("abstainsOutsideItsScope"), ContractRuns.failures(NeverAbstains.class, 5));
        assertEquals(
                Set.of("decidesInScopeWithReasonsAndCitations"),
                ContractRuns.failures(NoCitation.class, 5));
        assertEquals(Set.of("isDeterministic"), ContractRuns.failures(Flips.class, 5));
        assertTrue(
                ContractRuns.failures(FutureSpi.class, 5)
                        .contains("describesItselfBeforeInitAndAcceptsThisSpiVersion"));
    }
}
