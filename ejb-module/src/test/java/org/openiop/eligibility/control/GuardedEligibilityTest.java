package org.openiop.eligibility.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openiop.plugin.control.LoadedPlugin;
import org.openiop.plugin.control.PluginGuard;
import org.openiop.plugin.spi.EligibilityChecker;
import org.openiop.plugin.spi.EligibilityCheckerFactory;
import org.openiop.plugin.spi.EligibilityRequest;
import org.openiop.plugin.spi.EligibilityResponse;
import org.openiop.plugin.spi.EligibilityStatus;
import org.openiop.plugin.spi.PluginContext;
import org.openiop.plugin.spi.PluginDescriptor;
import org.openiop.plugin.spi.PluginKind;

class GuardedEligibilityTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch never = new CountDownLatch(1);
    private static final EligibilityRequest REQUEST =
            new EligibilityRequest(
                    "payer-1",
                    "Example Health Plan",
                    new EligibilityRequest.Member("QXZ1", "A", "B", LocalDate.of(1990, 1, 1)),
                    List.of("30"),
                    LocalDate.of(2030, 1, 1),
                    "t-1");

    @AfterEach
    void stop() {
        never.countDown();
        threads.shutdownNow();
    }

    private LoadedPlugin plugin(EligibilityChecker checker) {
        EligibilityCheckerFactory factory =
                new EligibilityCheckerFactory() {
                    @Override
                    public PluginDescriptor descriptor() {
                        return new PluginDescriptor(
                                "eligibility-test",
                                "Test",
                                "1.0.0",
                                PluginKind.ELIGIBILITY,
                                "[1.0,2.0)",
                                List.of());
                    }

                    @Override
                    public void init(PluginContext context) {}

                    @Override
                    public EligibilityChecker create() {
                        return checker;
                    }
                };
        PluginGuard guard =
                new PluginGuard(
                        "eligibility-test",
                        new PluginGuard.Settings(
                                Duration.ofMillis(200), 8, 3, Duration.ofMinutes(1)),
                        threads,
                        Clock.systemUTC());
        return new LoadedPlugin(factory.descriptor(), factory, "test", null, guard);
    }

    @Test
    void aHangingPayerConnectionIsUnknownWithinTheTimeout() {
        long start = System.nanoTime();
        EligibilityResponse answer =
                GuardedEligibility.check(
                        plugin(
                                r -> {
                                    try {
                                        never.await();
                                    } catch (InterruptedException e) {
                                        Thread.currentThread().interrupt();
                                    }
                                    return new EligibilityResponse(
                                            EligibilityStatus.ACTIVE,
                                            List.of(),
                                            List.of(),
                                            "too late");
                                }),
                        REQUEST);
        assertTrue(
                (System.nanoTime() - start) / 1_000_000 < 2000,
                "the caller waited past the timeout");
        assertEquals(EligibilityStatus.UNKNOWN, answer.status());
        assertTrue(
                answer.message().contains("did not answer within 200 ms")
                        && answer.message().contains("Check it by hand"),
                answer.message());
    }

    @Test
    void aThrowingOrSilentPluginIsUnknownNeverActive() {
        EligibilityResponse thrown =
                GuardedEligibility.check(
                        plugin(
                                r -> {
                                    throw new IllegalStateException("boom");
                                }),
                        REQUEST);
        assertEquals(EligibilityStatus.UNKNOWN, thrown.status());
        EligibilityResponse silent = GuardedEligibility.check(plugin(r -> null), REQUEST);
        assertEquals(EligibilityStatus.UNKNOWN, silent.status());
        assertTrue(silent.message().contains("answered nothing"));
    }

    @Test
    void whatAPluginSaysNeverCarriesTheMembersIdentity() {
        EligibilityResponse thrown =
                GuardedEligibility.check(
                        plugin(
                                r -> {
                                    throw new IllegalStateException(
                                            "payer refused QXZ1, born 1990-01-01");
                                }),
                        REQUEST);
        assertEquals(EligibilityStatus.UNKNOWN, thrown.status());
        assertTrue(
                thrown.message().contains("payer refused [member], born [member]"),
                thrown.message());
        EligibilityResponse said =
                GuardedEligibility.check(
                        plugin(
                                r ->
                                        new EligibilityResponse(
                                                EligibilityStatus.INACTIVE,
                                                List.of(),
                                                List.of(),
                                                "No coverage for qxz1 (01/01/1990)")),
                        REQUEST);
        assertEquals("No coverage for [member] ([member])", said.message());
    }
}
