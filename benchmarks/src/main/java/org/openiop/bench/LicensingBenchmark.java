package org.openiop.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.openiop.licensing.entity.DecisionComposer;
import org.openiop.plugin.control.PluginGuard;
import org.openiop.plugin.licensing.compacts.CompactsRuleFactory;
import org.openiop.plugin.licensing.statelicense.StateLicenseRuleFactory;
import org.openiop.plugin.licensing.staterules.StateRulesFactory;
import org.openiop.plugin.spi.Credential;
import org.openiop.plugin.spi.CredentialType;
import org.openiop.plugin.spi.LicensingDecision;
import org.openiop.plugin.spi.LicensingQuery;
import org.openiop.plugin.spi.LicensingRule;
import org.openiop.plugin.spi.LicensingRuleFactory;
import org.openiop.plugin.spi.Modality;
import org.openiop.plugin.spi.Profession;
import org.openiop.plugin.spi.Verdict;
import org.openiop.plugin.testkit.TestContexts;

/**
 * Licensing decisions per second with the three bundled rules: through the host's path (each rule
 * called under its guard, answers composed) next to calling the rules directly and composing, in
 * the same run, on the same threads. Arguments: caller threads, seconds per round, rounds.
 */
public final class LicensingBenchmark {

    private LicensingBenchmark() {}

    public static void main(String[] args) throws Exception {
        int callers = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Map<String, LicensingRule> rules = new LinkedHashMap<>();
        for (LicensingRuleFactory f :
                List.of(
                        new StateLicenseRuleFactory(),
                        new CompactsRuleFactory(),
                        new StateRulesFactory())) {
            f.init(TestContexts.of(Map.of(), Clock.systemUTC()));
            rules.put(f.descriptor().id(), f.create());
        }
        ExecutorService pool = Executors.newCachedThreadPool();
        Map<String, PluginGuard> inline = new LinkedHashMap<>();
        Map<String, PluginGuard> thread = new LinkedHashMap<>();
        rules.keySet()
                .forEach(
                        id -> {
                            inline.put(
                                    id,
                                    new PluginGuard(
                                            id,
                                            PluginGuard.Settings.DEFAULT,
                                            PluginGuard.Isolation.INLINE,
                                            pool,
                                            Clock.systemUTC()));
                            thread.put(
                                    id,
                                    new PluginGuard(
                                            id,
                                            PluginGuard.Settings.DEFAULT,
                                            PluginGuard.Isolation.THREAD,
                                            pool,
                                            Clock.systemUTC()));
                        });
        List<LicensingQuery> queries = queries();

        // Warm-up: let the JIT compile every path before anything is measured.
        run(callers, 3, queries, q -> guarded(rules, inline, q));
        run(callers, 2, queries, q -> guarded(rules, thread, q));

        List<Double> direct = new ArrayList<>();
        List<Double> host = new ArrayList<>();
        List<Double> isolated = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            direct.add(
                    run(
                            callers,
                            seconds,
                            queries,
                            q -> {
                                Map<String, LicensingDecision> answers = new LinkedHashMap<>();
                                rules.forEach((id, r) -> answers.put(id, r.decide(q)));
                                return DecisionComposer.compose(answers);
                            }));
            host.add(run(callers, seconds, queries, q -> guarded(rules, inline, q)));
            isolated.add(run(callers, seconds, queries, q -> guarded(rules, thread, q)));
            System.out.printf(
                    "round %d: direct %.0f/s, host %.0f/s, host with thread isolation %.0f/s%n",
                    round, direct.get(round - 1), host.get(round - 1), isolated.get(round - 1));
        }
        pool.shutdownNow();
        double d = AuditAppendBenchmark.median(direct);
        double h = AuditAppendBenchmark.median(host);
        double i = AuditAppendBenchmark.median(isolated);
        System.out.printf(
                "%nLicensing decisions, 3 bundled rules, %d caller threads, median of %d rounds of"
                        + " %d s:%n",
                callers, rounds, seconds);
        System.out.printf(
                "  rules called directly, composed              %9.0f /s   (baseline)%n", d);
        System.out.printf(
                "  through the host: guards (inline), composed  %9.0f /s   overhead %5.0f %%  (aim:"
                        + " under 50 %%)%n",
                h, (d / h - 1) * 100);
        System.out.printf(
                "  the same with every call on the executor     %9.0f /s   overhead %5.0f %%  (as"
                        + " for external jars)%n",
                i, (d / i - 1) * 100);
    }

    private static DecisionComposer.Composed guarded(
            Map<String, LicensingRule> rules, Map<String, PluginGuard> guards, LicensingQuery q) {
        Map<String, LicensingDecision> answers = new LinkedHashMap<>();
        rules.forEach(
                (id, r) ->
                        answers.put(
                                id,
                                guards.get(id)
                                        .call(
                                                () -> r.decide(q),
                                                why ->
                                                        new LicensingDecision(
                                                                Verdict.REVIEW,
                                                                List.of(why),
                                                                List.of(),
                                                                List.of(),
                                                                List.of(why)))));
        return DecisionComposer.compose(answers);
    }

    interface Decide {
        DecisionComposer.Composed decide(LicensingQuery q);
    }

    private static double run(int callers, int seconds, List<LicensingQuery> queries, Decide decide)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < callers; t++) {
            threads.add(
                    new Thread(
                            () -> {
                                int i = 0;
                                while (!stop.get()) {
                                    if (decide.decide(queries.get(i++ % queries.size())).decision()
                                            == null) {
                                        throw new IllegalStateException("no decision");
                                    }
                                    done.incrementAndGet();
                                }
                            }));
        }
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static List<LicensingQuery> queries() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        Credential caLicense =
                new Credential(
                        CredentialType.LICENSE,
                        Profession.COUNSELOR,
                        "CA",
                        "CA-1",
                        LocalDate.of(2020, 1, 1),
                        null,
                        null);
        Credential ohPrivilege =
                new Credential(
                        CredentialType.COMPACT_PRIVILEGE,
                        Profession.COUNSELOR,
                        "OH",
                        "CC-1",
                        LocalDate.of(2026, 2, 1),
                        null,
                        "COUNSELING");
        Credential apit =
                new Credential(
                        CredentialType.COMPACT_PRIVILEGE,
                        Profession.PSYCHOLOGIST,
                        "CO",
                        "EP-1",
                        LocalDate.of(2025, 1, 1),
                        null,
                        "PSYPACT:E.PASSPORT");
        return List.of(
                new LicensingQuery(
                        "c1", Profession.COUNSELOR, List.of(caLicense), "CA", Modality.VIDEO, day),
                new LicensingQuery(
                        "c2",
                        Profession.COUNSELOR,
                        List.of(caLicense, ohPrivilege),
                        "OH",
                        Modality.VIDEO,
                        day),
                new LicensingQuery(
                        "c3", Profession.PSYCHOLOGIST, List.of(apit), "TX", Modality.VIDEO, day),
                new LicensingQuery(
                        "c4",
                        Profession.COUNSELOR,
                        List.of(caLicense),
                        "FL",
                        Modality.AUDIO_ONLY,
                        day));
    }
}
