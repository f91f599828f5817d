package org.openiop.video.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class VendorIdsTest {

    private final VendorIds ids =
            new VendorIds("k".repeat(32).getBytes(java.nio.charset.StandardCharsets.UTF_8));

    @Test
    void oneParticipantHasADifferentIdInEverySessionAndTheSameWithinOne() {
        UUID participant = UUID.randomUUID();
        UUID monday = UUID.randomUUID();
        UUID wednesday = UUID.randomUUID();
        String first = ids.of(monday, participant.toString());
        assertEquals(
                first,
                ids.of(monday, participant.toString()),
                "stable, so vendor events can be matched");
        assertNotEquals(
                first,
                ids.of(wednesday, participant.toString()),
                "unlinkable across sessions (invariant 4)");
        assertTrue(first.matches("[0-9a-f]{32}"));
        assertFalse(first.contains(participant.toString().substring(0, 8)));
    }

    @Test
    void anotherKeyGivesOtherIdsAndTheSessionReferenceIsNotTheSessionId() {
        UUID session = UUID.randomUUID();
        VendorIds other =
                new VendorIds("x".repeat(32).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertNotEquals(ids.of(session, "p"), other.of(session, "p"));
        assertFalse(ids.ofSession(session).contains(session.toString()));
        assertNotEquals(ids.ofSession(session), ids.of(session, "p"));
    }
}
