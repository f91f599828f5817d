package org.openiop.eligibility.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.eligibility.entity.EligibilityBatch;
import org.openiop.platform.control.H2Database;
import org.openiop.program.entity.LevelOfCare;
import org.openiop.program.entity.Program;

/**
 * Batch items on the real schema: two nodes never hold the same item, a dead node's items come back
 * when the lease runs out (with the same trace), an item is done once, and a batch counts as
 * abandoned only while nobody claims.
 */
class BatchItemsTest {

    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Instant T0 = Instant.parse("2026-12-07T17:55:00Z");

    private static H2Database db;
    private static EntityManager em;
    private static UUID programId;

    @BeforeAll
    static void schema() throws Exception {
        db = new H2Database("batch-items");
        em = db.entityManager();
        Program program =
                new Program(
                        "Synthetic IOP",
                        LevelOfCare.IOP_2_1,
                        "America/Chicago",
                        LocalDate.of(2026, 1, 1),
                        null);
        inTransaction(() -> em.persist(program));
        programId = program.getId();
    }

    @AfterAll
    static void close() {
        em.close();
        db.close();
    }

    private static void inTransaction(Runnable work) {
        inTransaction(
                () -> {
                    work.run();
                    return null;
                });
    }

    private static <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }

    /** A batch started at T0 with this many members, each with a numbered trace. */
    private static UUID batchOf(int members) {
        EligibilityBatch batch = new EligibilityBatch(programId, members, "intake", T0);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            ids.add(UUID.randomUUID());
        }
        AtomicInteger trace = new AtomicInteger();
        inTransaction(
                () -> {
                    em.persist(batch);
                    em.flush();
                    BatchItems.add(em, batch.getId(), ids, () -> "T" + trace.incrementAndGet());
                });
        return batch.getId();
    }

    private static Optional<BatchItems.Claimed> claim(UUID batch, String node, Instant at) {
        return inTransaction(() -> BatchItems.claimNext(em, batch, node, at, LEASE));
    }

    @Test
    void twoNodesNeverHoldTheSameItem() {
        UUID batch = batchOf(5);
        Set<UUID> held = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            String node = i % 2 == 0 ? "node1" : "node2";
            UUID p = claim(batch, node, T0.plusSeconds(i)).orElseThrow().participantId();
            assertTrue(held.add(p), "claimed twice: " + p);
        }
        assertEquals(Optional.empty(), claim(batch, "node1", T0.plusSeconds(10)));
        assertEquals(5, inTransaction(() -> BatchItems.open(em, batch)));
    }

    @Test
    void aDeadNodesItemComesBackWhenItsLeaseRunsOutWithTheSameTrace() {
        UUID batch = batchOf(1);
        BatchItems.Claimed first = claim(batch, "node1", T0).orElseThrow();
        assertEquals(Optional.empty(), claim(batch, "node2", T0.plus(LEASE)));
        BatchItems.Claimed again =
                claim(batch, "node2", T0.plus(LEASE).plusSeconds(1)).orElseThrow();
        assertEquals(first, again, "same member, same X12 trace");
    }

    @Test
    void anItemIsDoneOnce() {
        UUID batch = batchOf(1);
        UUID p = claim(batch, "node1", T0).orElseThrow().participantId();
        assertTrue(inTransaction(() -> BatchItems.complete(em, batch, p, T0.plusSeconds(2))));
        assertFalse(
                inTransaction(() -> BatchItems.complete(em, batch, p, T0.plusSeconds(90))),
                "a second node's late answer is not kept");
        assertEquals(0, inTransaction(() -> BatchItems.open(em, batch)));
        assertEquals(
                Optional.empty(),
                claim(batch, "node2", T0.plus(LEASE).plusSeconds(5)),
                "a done item is never claimed again");
    }

    @Test
    void aBatchIsAbandonedOnlyWhileNobodyClaimsAndItemsAreFree() {
        UUID batch = batchOf(2);
        claim(batch, "node1", T0.plusSeconds(1));
        Instant later = T0.plusSeconds(30);
        assertFalse(abandonedAt(later).contains(batch), "its node claimed 29 s ago");
        // node1 dies holding one item; the other was never claimed.
        Instant quiet = T0.plusSeconds(1).plus(LEASE).plusSeconds(1);
        assertTrue(abandonedAt(quiet).contains(batch));
        claim(batch, "node2", quiet);
        assertFalse(abandonedAt(quiet.plusSeconds(1)).contains(batch), "node2 works on it now");
    }

    private static List<UUID> abandonedAt(Instant now) {
        return inTransaction(() -> BatchItems.abandoned(em, now, LEASE));
    }
}
