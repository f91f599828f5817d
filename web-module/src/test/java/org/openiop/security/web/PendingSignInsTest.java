package org.openiop.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PendingSignInsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T18:00:00Z");

    private static PendingSignIns.Pending started(String state, Instant at) {
        return new PendingSignIns.Pending(
                state, "nonce-" + state, "verifier-" + state, "/console/", at);
    }

    @Test
    void aStateIsTakenOnceSoThatACallbackCannotBeReplayed() {
        var pending = new PendingSignIns();
        pending.add(started("a", NOW));
        assertEquals("verifier-a", pending.take("a", NOW.plusSeconds(5)).orElseThrow().verifier());
        assertTrue(
                pending.take("a", NOW.plusSeconds(6)).isEmpty(),
                "the second callback finds nothing");
    }

    @Test
    void twoTabsCanSignInAtOnceButAnUnknownStateFindsNothing() {
        var pending = new PendingSignIns();
        pending.add(started("tab-1", NOW));
        pending.add(started("tab-2", NOW));
        assertTrue(pending.take("planted-by-someone-else", NOW).isEmpty());
        assertTrue(pending.take(null, NOW).isEmpty());
        assertEquals("nonce-tab-2", pending.take("tab-2", NOW).orElseThrow().nonce());
        assertEquals("nonce-tab-1", pending.take("tab-1", NOW).orElseThrow().nonce());
    }

    @Test
    void aSignInNotFinishedWithinTenMinutesIsAbandoned() {
        var pending = new PendingSignIns();
        pending.add(started("slow", NOW));
        assertTrue(pending.take("slow", NOW.plus(PendingSignIns.LIFETIME)).isEmpty());
        assertEquals(0, pending.size(), "and is gone");
    }

    @Test
    void onlyTheNewestFewAreKept() {
        var pending = new PendingSignIns();
        for (int i = 0; i < PendingSignIns.MOST + 3; i++) {
            pending.add(started("s" + i, NOW));
        }
        assertEquals(PendingSignIns.MOST, pending.size());
        assertTrue(pending.take("s0", NOW).isEmpty(), "the oldest went first");
        assertTrue(pending.take("s" + (PendingSignIns.MOST + 2), NOW).isPresent());
    }
}
