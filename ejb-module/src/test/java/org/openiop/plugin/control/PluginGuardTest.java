package org.openiop.plugin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PluginGuardTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch never = new CountDownLatch(1);

    @AfterEach
    void stop() {
        never.countDown();
        threads.shutdownNow();
    }

    private PluginGuard guard(int maxConcurrent) {
        return new PluginGuard(
                "test-plugin",
                new PluginGuard.Settings(
                        Duration.ofMillis(200), maxConcurrent, 3, Duration.ofMinutes(1)),
                threads,
                Clock.systemUTC());
    }

    @Test
    void aHangingPluginIsCutOffAtItsTimeoutAndTheCallerGetsTheFallback() {
        PluginGuard guard = guard(8);
        long start = System.nanoTime();
        String answer =
                guard.call(
                        () -> {
                            never.await();
                            return "late";
                        },
                        why -> "fallback: " + why);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(
                answer.startsWith("fallback: ") && answer.contains("did not answer within 200 ms"),
                answer);
        assertTrue(ms < 1500, "took " + ms + " ms");
    }

    @Test
    void failuresInARowOpenTheCircuitAndThenCallsAreNotMadeAtAll() {
        PluginGuard guard = guard(8);
        for (int i = 0; i < 3; i++) {
            guard.call(
                    () -> {
                        throw new IllegalStateException("vendor down");
                    },
                    why -> why);
        }
        assertTrue(guard.isOpen());
        boolean[] called = {false};
        String answer =
                guard.call(
                        () -> {
                            called[0] = true;
                            return "ok";
                        },
                        why -> why);
        assertFalse(called[0], "an open circuit makes no call");
        assertTrue(answer.contains("paused after 3 failures"), answer);
        assertTrue(guard.health().contains("circuit open"), guard.health());
    }

    @Test
    void nullIsGarbageAndASuccessClosesTheCountAgain() {
        PluginGuard guard = guard(8);
        assertEquals("fallback", guard.call(() -> null, why -> "fallback"));
        assertEquals("ok", guard.call(() -> "ok", why -> why));
        assertFalse(guard.isOpen());
    }

    @Test
    void inlineIsolationDiscardsALateAnswerAndCatchesWhatThePluginThrows() {
        PluginGuard guard =
                new PluginGuard(
                        "inline-plugin",
                        new PluginGuard.Settings(
                                Duration.ofMillis(50), 8, 3, Duration.ofMinutes(1)),
                        PluginGuard.Isolation.INLINE,
                        threads,
                        Clock.systemUTC());
        String late =
                guard.call(
                        () -> {
                            Thread.sleep(120);
                            return "late";
                        },
                        why -> "fallback: " + why);
        assertTrue(
                late.startsWith("fallback: ") && late.contains("over its timeout of 50 ms"), late);
        String thrown =
                guard.call(
                        () -> {
                            throw new StackOverflowError();
                        },
                        why -> "fallback: " + why);
        assertTrue(thrown.contains("StackOverflowError"), thrown);
        assertEquals("ok", guard.call(() -> "ok", why -> why));
    }

    @Test
    void theBulkheadTurnsAwayCallsBeyondItsSizeWhileOthersHang() throws Exception {
        PluginGuard guard = guard(1);
        CountDownLatch started = new CountDownLatch(1);
        threads.submit(
                () ->
                        guard.call(
                                () -> {
                                    started.countDown();
                                    never.await();
                                    return "late";
                                },
                                why -> why));
        started.await();
        String second = guard.call(() -> "ok", why -> why);
        assertTrue(second.contains("already has 1 calls in progress"), second);
    }
}
