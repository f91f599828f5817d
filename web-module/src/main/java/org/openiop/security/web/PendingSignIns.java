package org.openiop.security.web;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sign-ins this browser has started and not finished, kept in its HTTP session by their {@code
 * state}. More than one, because a clinician may open two console tabs before signing in; a few at
 * most, and only for ten minutes, because a sign-in that has not come back by then is abandoned.
 * Taking one removes it, so a callback can be used once (a replayed code finds nothing).
 */
final class PendingSignIns implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Session attribute under which a browser's pending sign-ins are kept. */
    static final String ATTRIBUTE = "openiop.pendingSignIns";

    static final int MOST = 5;
    static final Duration LIFETIME = Duration.ofMinutes(10);

    /**
     * One started sign-in: what Keycloak must send back ({@code state}), what the ID token must
     * carry ({@code nonce}), the PKCE verifier, and the page the person asked for.
     */
    record Pending(String state, String nonce, String verifier, String returnTo, Instant startedAt)
            implements Serializable {}

    private final LinkedHashMap<String, Pending> byState = new LinkedHashMap<>();

    synchronized void add(Pending pending) {
        byState.put(pending.state(), pending);
        Iterator<Map.Entry<String, Pending>> oldest = byState.entrySet().iterator();
        while (byState.size() > MOST && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    /** The pending sign-in {@code state} names, once, if it is still fresh. */
    synchronized Optional<Pending> take(String state, Instant now) {
        if (state == null) {
            return Optional.empty();
        }
        for (Iterator<Pending> all = byState.values().iterator(); all.hasNext(); ) {
            Pending pending = all.next();
            // Compared in constant time: the state is a secret until the callback arrives.
            if (MessageDigest.isEqual(
                    pending.state().getBytes(StandardCharsets.US_ASCII),
                    state.getBytes(StandardCharsets.US_ASCII))) {
                all.remove();
                return pending.startedAt().plus(LIFETIME).isAfter(now)
                        ? Optional.of(pending)
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    synchronized int size() {
        return byState.size();
    }
}
