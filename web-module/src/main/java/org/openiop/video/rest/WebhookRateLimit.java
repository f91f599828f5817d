package org.openiop.video.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many webhook deliveries each video plugin may receive: a token bucket per plugin, refilled at
 * {@code openiop.webhooks.per-second} (20) up to {@code openiop.webhooks.burst} (200). The endpoint
 * needs no sign-in, so without a limit anyone could make OpenIOP verify signatures all day. Counted
 * on each node; a vendor's real traffic (a few events per participant per session) stays far below.
 */
@ApplicationScoped
public class WebhookRateLimit {

    @Inject
    @ConfigProperty(name = "openiop.webhooks.per-second", defaultValue = "20")
    double perSecond;

    @Inject
    @ConfigProperty(name = "openiop.webhooks.burst", defaultValue = "200")
    double burst;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes one delivery from the plugin's bucket; false when it is empty. */
    public boolean allow(String pluginId) {
        long now = System.nanoTime();
        return buckets.computeIfAbsent(pluginId, id -> new Bucket(burst, now))
                .take(perSecond, burst, now);
    }

    static final class Bucket {
        private double tokens;
        private long updatedNanos;

        Bucket(double tokens, long nowNanos) {
            this.tokens = tokens;
            this.updatedNanos = nowNanos;
        }

        synchronized boolean take(double perSecond, double capacity, long nowNanos) {
            tokens = Math.min(capacity, tokens + (nowNanos - updatedNanos) / 1e9 * perSecond);
            updatedNanos = nowNanos;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
