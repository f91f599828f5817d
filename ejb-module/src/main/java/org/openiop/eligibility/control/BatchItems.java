package org.openiop.eligibility.control;

import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The members of an eligibility batch as work items that any node of a cluster can take ({@code
 * eligibility_batch_item}). A node claims an item for a lease before it asks the payer and marks it
 * done in the transaction that keeps the check; when the node dies, its leases run out and another
 * node claims those items again. Because "done" is set only where it was not set yet, a second node
 * finishing the same item cannot keep a second check. Each call runs inside the caller's
 * transaction.
 */
public final class BatchItems {

    /** How many candidates one claim looks at, so that parallel workers rarely want the same. */
    private static final int CANDIDATES = 16;

    private BatchItems() {}

    /** An item this node now holds: whom to check, and the X12 trace to ask under. */
    public record Claimed(UUID participantId, String traceId) {}

    /** One item per member, each with the trace it will be asked under, on every try. */
    public static void add(
            EntityManager em, UUID batchId, List<UUID> participants, Supplier<String> traces) {
        for (UUID participant : participants) {
            em.createNativeQuery(
                            "insert into eligibility_batch_item (batch_id, participant_id,"
                                    + " trace_id) values (?1, ?2, ?3)")
                    .setParameter(1, batchId)
                    .setParameter(2, participant)
                    .setParameter(3, traces.get())
                    .executeUpdate();
        }
    }

    /**
     * Claims an item that is not done and that nobody holds (never claimed, or its lease ran out),
     * and notes the batch's heartbeat; empty when there is none to claim.
     */
    public static Optional<Claimed> claimNext(
            EntityManager em, UUID batchId, String node, Instant now, Duration lease) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                "select participant_id, trace_id from eligibility_batch_item"
                                        + " where batch_id = ?1 and done_at is null"
                                        + " and (lease_until is null or lease_until < ?2)")
                        .setParameter(1, batchId)
                        .setParameter(2, now)
                        .setMaxResults(CANDIDATES)
                        .getResultList();
        List<Object[]> candidates = new ArrayList<>(rows);
        Collections.shuffle(candidates);
        for (Object[] row : candidates) {
            UUID participant = asUuid(row[0]);
            int claimed =
                    em.createNativeQuery(
                                    "update eligibility_batch_item set claimed_by = ?1,"
                                            + " lease_until = ?2 where batch_id = ?3 and"
                                            + " participant_id = ?4 and done_at is null and"
                                            + " (lease_until is null or lease_until < ?5)")
                            .setParameter(1, node)
                            .setParameter(2, now.plus(lease))
                            .setParameter(3, batchId)
                            .setParameter(4, participant)
                            .setParameter(5, now)
                            .executeUpdate();
            if (claimed == 1) {
                em.createNativeQuery("update eligibility_batch set heartbeat_at = ?1 where id = ?2")
                        .setParameter(1, now)
                        .setParameter(2, batchId)
                        .executeUpdate();
                return Optional.of(new Claimed(participant, (String) row[1]));
            }
        }
        return Optional.empty();
    }

    /**
     * Marks the item done; false when it was done already, by a node that claimed it again after
     * this one's lease ran out. The caller then rolls back its check.
     */
    public static boolean complete(
            EntityManager em, UUID batchId, UUID participantId, Instant now) {
        return em.createNativeQuery(
                                "update eligibility_batch_item set done_at = ?1, lease_until ="
                                        + " null where batch_id = ?2 and participant_id = ?3"
                                        + " and done_at is null")
                        .setParameter(1, now)
                        .setParameter(2, batchId)
                        .setParameter(3, participantId)
                        .executeUpdate()
                == 1;
    }

    /** Items of the batch not done yet, held or not. */
    public static long open(EntityManager em, UUID batchId) {
        return ((Number)
                        em.createNativeQuery(
                                        "select count(*) from eligibility_batch_item where"
                                                + " batch_id = ?1 and done_at is null")
                                .setParameter(1, batchId)
                                .getSingleResult())
                .longValue();
    }

    /**
     * Batches not finished whose runner has claimed nothing for longer than a lease, and that still
     * have an item nobody holds: the node running them is gone.
     */
    public static List<UUID> abandoned(EntityManager em, Instant now, Duration lease) {
        Instant quietSince = now.minus(lease);
        @SuppressWarnings("unchecked")
        List<Object> ids =
                em.createNativeQuery(
                                "select b.id from eligibility_batch b where b.finished_at is null"
                                        + " and coalesce(b.heartbeat_at, b.started_at) < ?1"
                                        + " and exists (select 1 from eligibility_batch_item i"
                                        + " where i.batch_id = b.id and i.done_at is null"
                                        + " and (i.lease_until is null or i.lease_until < ?2))")
                        .setParameter(1, quietSince)
                        .setParameter(2, now)
                        .getResultList();
        return ids.stream().map(BatchItems::asUuid).toList();
    }

    /**
     * A uuid column from a native query: PostgreSQL's driver hands back a UUID, H2's through
     * Hibernate its 16 bytes.
     */
    private static UUID asUuid(Object value) {
        if (value instanceof UUID id) {
            return id;
        }
        if (value instanceof byte[] bytes && bytes.length == 16) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            return new UUID(b.getLong(), b.getLong());
        }
        return UUID.fromString(value.toString());
    }
}
