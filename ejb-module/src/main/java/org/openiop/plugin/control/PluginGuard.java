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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The guard around every call into one plugin: a timeout, a bulkhead and a circuit breaker, with
 * a fallback for each way of failing. The call runs on the container's executor, never on the
 * request thread, so a plugin that hangs costs the caller at most the timeout. The bulkhead's
 * permit is returned only when the plugin's code really ends, so a plugin that hangs for good
 * fills its own bulkhead and from then on costs nothing at all. After {@code failureThreshold}
 * failures in a row the circuit opens for {@code openFor}; then one trial call is let through.
 * A null answer counts as a failure (garbage), as does any exception or error.
 */
public final class PluginGuard {

    /** How the guard behaves. */
    public record Settings(Duration timeout, int maxConcurrent, int failureThreshold, Duration openFor) {

        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(5), 8, 5, Duration.ofSeconds(30));
    }

    private final String pluginId;
    private final Settings settings;
    private final ExecutorService executor;
    private final Clock clock;
    private final Semaphore bulkhead;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private int consecutiveFailures;
    private Instant openUntil;
    private String lastFailure;

    public PluginGuard(String pluginId, Settings settings, ExecutorService executor, Clock clock) {
        this.pluginId = pluginId;
        this.settings = settings;
        this.executor = executor;
        this.clock = clock;
        this.bulkhead = new Semaphore(settings.maxConcurrent());
    }

    /**
     * Runs {@code work} under the guard.
     *
     * @param fallback gets a sentence saying what went wrong (no PHI) and returns the safe answer
     */
    public <T> T call(Callable<T> work, Function<String, T> fallback) {
        calls.incrementAndGet();
        String refusal = admit();
        if (refusal != null) {
            return fallback.apply(refusal);
        }
        if (!bulkhead.tryAcquire()) {
            return fallback.apply("Plugin " + pluginId + " already has " + settings.maxConcurrent() + " calls in progress.");
        }
        Future<T> future;
        try {
            future = executor.submit(() -> {
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
            T answer = future.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            if (answer == null) {
                return fallback.apply(failed("Plugin " + pluginId + " answered nothing (null)."));
            }
            succeeded();
            return answer;
        } catch (TimeoutException e) {
            future.cancel(true);
            return fallback.apply(failed("Plugin " + pluginId + " did not answer within " + settings.timeout().toMillis() + " ms."));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return fallback.apply(failed("Plugin " + pluginId + " failed: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")")));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return fallback.apply("Interrupted while calling plugin " + pluginId + ".");
        }
    }

    /** Null when the call may go ahead, else why not. */
    private synchronized String admit() {
        if (openUntil == null) {
            return null;
        }
        if (clock.instant().isBefore(openUntil)) {
            return "Plugin " + pluginId + " is paused after " + consecutiveFailures + " failures in a row (last: " + lastFailure
                    + "); it is tried again after " + openUntil + ".";
        }
        openUntil = null; // half-open: this call is the trial; one more failure opens it again
        consecutiveFailures = settings.failureThreshold() - 1;
        return null;
    }

    private synchronized void succeeded() {
        consecutiveFailures = 0;
        openUntil = null;
    }

    private synchronized String failed(String why) {
        failures.incrementAndGet();
        lastFailure = why;
        if (++consecutiveFailures >= settings.failureThreshold()) {
            openUntil = clock.instant().plus(settings.openFor());
        }
        return why;
    }

    /** Whether the circuit is open now. */
    public synchronized boolean isOpen() {
        return openUntil != null && clock.instant().isBefore(openUntil);
    }

    /** One line for the Plugins page. */
    public synchronized String health() {
        String circuit = isOpen() ? "circuit open until " + openUntil : "circuit closed";
        return calls.get() + " calls, " + failures.get() + " failed; " + circuit
                + (lastFailure == null ? "" : "; last failure: " + lastFailure);
    }

    public synchronized String lastFailure() {
        return lastFailure;
    }
}
