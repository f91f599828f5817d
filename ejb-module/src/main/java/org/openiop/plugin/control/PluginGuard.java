package org.openiop.plugin.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * The guard around every call into one plugin: a timeout, a bulkhead and a circuit breaker, with a
 * fallback for each way of failing. A null answer counts as a failure (garbage), as does any
 * exception or error. After {@code failureThreshold} failures in a row the circuit opens for {@code
 * openFor}; then one trial call is let through.
 *
 * <p>Two isolations. {@link Isolation#THREAD} (every external jar, and any plugin that does I/O)
 * runs the call on the container's executor, so a plugin that hangs costs the caller at most the
 * timeout; the bulkhead's permit comes back only when the plugin's code really ends, so a plugin
 * that hangs for good fills its own bulkhead and from then on costs nothing. {@link
 * Isolation#INLINE} runs the call on the caller's thread and judges the time afterwards: a late
 * answer is discarded as a timeout. It is for bundled plugins that only compute over data in memory
 * (the licensing rules), where a thread hand-off would cost forty times the work.
 */
public final class PluginGuard {

    /** Where a plugin's code runs. */
    public enum Isolation {
        THREAD,
        INLINE
    }

    /** How the guard behaves. */
    public record Settings(
            Duration timeout, int maxConcurrent, int failureThreshold, Duration openFor) {

        public static final Settings DEFAULT =
                new Settings(Duration.ofSeconds(5), 8, 5, Duration.ofSeconds(30));
    }

    private final String pluginId;
    private final Settings settings;
    private final Isolation isolation;
    private final ExecutorService executor;
    private final Clock clock;
    private final Semaphore bulkhead;
    private final long timeoutNanos;
    private final LongAdder calls = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private volatile Instant openUntil;
    private volatile String lastFailure;

    public PluginGuard(String pluginId, Settings settings, ExecutorService executor, Clock clock) {
        this(pluginId, settings, Isolation.THREAD, executor, clock);
    }

    public PluginGuard(
            String pluginId,
            Settings settings,
            Isolation isolation,
            ExecutorService executor,
            Clock clock) {
        this.pluginId = pluginId;
        this.settings = settings;
        this.isolation = isolation;
        this.executor = executor;
        this.clock = clock;
        this.bulkhead = new Semaphore(settings.maxConcurrent());
        this.timeoutNanos = settings.timeout().toNanos();
    }

    /**
     * Runs {@code work} under the guard.
     *
     * @param fallback gets a sentence saying what went wrong (no PHI) and returns the safe answer
     */
    public <T> T call(Callable<T> work, Function<String, T> fallback) {
        calls.increment();
        String refusal = admit();
        if (refusal != null) {
            return fallback.apply(refusal);
        }
        if (!bulkhead.tryAcquire()) {
            return fallback.apply(
                    "Plugin "
                            + pluginId
                            + " already has "
                            + settings.maxConcurrent()
                            + " calls in progress.");
        }
        return isolation == Isolation.INLINE ? inline(work, fallback) : onThread(work, fallback);
    }

    private <T> T inline(Callable<T> work, Function<String, T> fallback) {
        long start = System.nanoTime();
        try {
            T answer = work.call();
            long took = System.nanoTime() - start;
            if (took > timeoutNanos) {
                return fallback.apply(
                        failed(
                                "Plugin "
                                        + pluginId
                                        + " answered after "
                                        + took / 1_000_000
                                        + " ms, over its timeout of "
                                        + settings.timeout().toMillis()
                                        + " ms."));
            }
            return checked(answer, fallback);
        } catch (Exception | LinkageError | StackOverflowError e) {
            return fallback.apply(failed(describe(e)));
        } finally {
            bulkhead.release();
        }
    }

    private <T> T onThread(Callable<T> work, Function<String, T> fallback) {
        Future<T> future;
        try {
            future =
                    executor.submit(
                            () -> {
                                try {
                                    return work.call();
                                } finally {
                                    bulkhead.release();
                                }
                            });
        } catch (RejectedExecutionException e) {
            bulkhead.release();
            return fallback.apply("No thread was free to call plugin " + pluginId + ".");
        }
        try {
            return checked(future.get(timeoutNanos, TimeUnit.NANOSECONDS), fallback);
        } catch (TimeoutException e) {
            future.cancel(true);
            return fallback.apply(
                    failed(
                            "Plugin "
                                    + pluginId
                                    + " did not answer within "
                                    + settings.timeout().toMillis()
                                    + " ms."));
        } catch (ExecutionException e) {
            return fallback.apply(failed(describe(e.getCause() == null ? e : e.getCause())));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return fallback.apply("Interrupted while calling plugin " + pluginId + ".");
        }
    }

    private <T> T checked(T answer, Function<String, T> fallback) {
        if (answer == null) {
            return fallback.apply(failed("Plugin " + pluginId + " answered nothing (null)."));
        }
        if (consecutiveFailures.get() != 0 || openUntil != null) {
            consecutiveFailures.set(0);
            openUntil = null;
        }
        return answer;
    }

    private String describe(Throwable cause) {
        return "Plugin "
                + pluginId
                + " failed: "
                + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")");
    }

    /** Null when the call may go ahead, else why not. */
    private String admit() {
        Instant until = openUntil;
        if (until == null) {
            return null;
        }
        if (clock.instant().isBefore(until)) {
            return "Plugin "
                    + pluginId
                    + " is paused after "
                    + consecutiveFailures.get()
                    + " failures in a row (last: "
                    + lastFailure
                    + "); it is tried again after "
                    + until
                    + ".";
        }
        synchronized (this) {
            if (openUntil == until) {
                // Half-open: this call is the trial; one more failure opens the circuit again.
                openUntil = null;
                consecutiveFailures.set(settings.failureThreshold() - 1);
            }
        }
        return null;
    }

    private String failed(String why) {
        failures.increment();
        lastFailure = why;
        if (consecutiveFailures.incrementAndGet() >= settings.failureThreshold()) {
            openUntil = clock.instant().plus(settings.openFor());
        }
        return why;
    }

    /** Whether the circuit is open now. */
    public boolean isOpen() {
        Instant until = openUntil;
        return until != null && clock.instant().isBefore(until);
    }

    /** One line for the Plugins page. */
    public String health() {
        String circuit = isOpen() ? "circuit open until " + openUntil : "circuit closed";
        String last = lastFailure;
        return calls.sum()
                + " calls, "
                + failures.sum()
                + " failed; "
                + circuit
                + "; runs "
                + isolation.name().toLowerCase()
                + (last == null ? "" : "; last failure: " + last);
    }

    public String lastFailure() {
        return lastFailure;
    }
}
