package org.openiop.eligibility.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.openiop.audit.entity.Actor;
import org.openiop.eligibility.control.BatchItems;
import org.openiop.eligibility.control.BatchSettings;
import org.openiop.eligibility.entity.BatchProgress;
import org.openiop.eligibility.entity.CheckTrigger;
import org.openiop.eligibility.entity.CoverageCheck;
import org.openiop.eligibility.entity.EligibilityBatch;
import org.openiop.eligibility.entity.EligibilityCheck;
import org.openiop.platform.boundary.Forbidden;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.Role;
import org.openiop.program.boundary.Memberships;
import org.openiop.program.boundary.Programs;
import org.openiop.program.control.Enrollees;
import org.openiop.program.control.ProgramScope;
import org.openiop.program.entity.Membership;

/**
 * Checks every current member of a program. The batch runs in the background with a few workers;
 * each participant is checked in their own transaction, so one failure never stops the rest: it is
 * kept as FAILED (or SKIPPED, with what to fix) and counted, and the page polls the counts. The
 * members are kept as items in the database ({@link BatchItems}), so that when the node running a
 * batch dies, another node finishes it and no member is checked twice.
 */
@Stateless
public class EligibilityBatches {

    private static final Logger LOG = Logger.getLogger(EligibilityBatches.class.getName());

    /**
     * Parallel checks per batch: payers answer in about a second, and a clearinghouse limits
     * connections.
     */
    static final int WORKERS = 8;

    /**
     * Background checks in flight in this JVM, across batches and re-checks: fewer than the plugin
     * guard's bulkhead (8), so that background work waits its turn instead of being turned away as
     * "busy", and a person's check at the front desk still gets through.
     */
    private static final java.util.concurrent.Semaphore IN_FLIGHT =
            new java.util.concurrent.Semaphore(6, true);

    /** Batches this JVM works on, so that its own resume timer does not start a second runner. */
    private static final Set<UUID> RUNNING_HERE = ConcurrentHashMap.newKeySet();

    /** This node, as batch items name their holder. */
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @EJB Eligibility eligibility;

    @EJB EligibilityBatches self;

    @EJB Memberships memberships;

    @EJB Programs programs;

    /** Pseudonyms of members, from the participant component. */
    @Inject Enrollees enrollees;

    @Resource ManagedExecutorService executor;

    Clock clock = Clock.systemUTC();

    /** Who is checked: everyone with a membership in the program today, once each. */
    List<UUID> members(UUID programId) {
        LocalDate today = LocalDate.now(clock);
        LinkedHashSet<UUID> ids = new LinkedHashSet<>();
        for (Membership m : memberships.ofProgram(programId, today, today)) {
            ids.add(m.getParticipantId());
        }
        return new ArrayList<>(ids);
    }

    /** Someone who can be checked: their id and pseudonym, for the console's pickers. */
    public record Member(UUID id, String pseudonym) {
        public String getId() {
            return id.toString();
        }

        public String getPseudonym() {
            return pseudonym;
        }
    }

    /** The program's current members by pseudonym. */
    @RolesAllowed({Role.Names.INTAKE, Role.Names.PROGRAM_ADMIN})
    public List<Member> roster(UUID programId, Actor actor) {
        Eligibility.requireStaff(actor);
        List<Member> out = new ArrayList<>();
        List<UUID> ids = members(programId);
        // One query for everyone's pseudonym, not one per member.
        var people = enrollees.byIds(ids);
        for (UUID id : ids) {
            var p = people.get(id);
            if (p != null && p.pseudonym() != null) {
                out.add(new Member(id, p.pseudonym()));
            }
        }
        out.sort(java.util.Comparator.comparing(Member::pseudonym));
        return out;
    }

    /** Starts a batch for a program and returns at once; {@link #view} follows it. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed({Role.Names.INTAKE, Role.Names.PROGRAM_ADMIN})
    public BatchProgress start(UUID programId, Actor actor) {
        Eligibility.requireStaff(actor);
        if (programId == null || !exists(programId)) {
            throw new NotFound("There is no such program.");
        }
        if (!actor.has(Role.INTAKE) && !ProgramScope.runs(em, actor, programId)) {
            // A batch sends every member's identity to the payer: only intake or the program's
            // administrators.
            throw new Forbidden(
                    "Only intake or an administrator of this program may check its members'"
                            + " coverage.");
        }
        List<UUID> members = members(programId);
        EligibilityBatch batch = eligibility.newBatch(programId, members, actor);
        self.run(batch.getId(), actor);
        return BatchProgress.of(batch);
    }

    /**
     * Works through a batch's items with {@link #WORKERS} workers, claiming one item at a time, and
     * marks the batch finished when none is left. Another node may work on the same batch at the
     * same time (after taking it over, {@link #resumeAbandoned}); the claims keep them apart.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed({Role.Names.INTAKE, Role.Names.PROGRAM_ADMIN, Role.Names.SYSTEM})
    public void run(UUID batchId, Actor actor) {
        if (!RUNNING_HERE.add(batchId)) {
            return; // this node already works on it
        }
        try {
            inParallel(
                    () -> {
                        while (true) {
                            if (!takeTurn()) {
                                return;
                            }
                            Optional<BatchItems.Claimed> item;
                            try {
                                item = eligibility.claimNext(batchId, NODE, BatchSettings.lease());
                                if (item.isEmpty()) {
                                    return;
                                }
                                checkOne(
                                        batchId,
                                        item.get().participantId(),
                                        item.get().traceId(),
                                        CheckTrigger.BATCH,
                                        actor);
                            } finally {
                                IN_FLIGHT.release();
                            }
                        }
                    });
            if (eligibility.finishIfDone(batchId)) {
                LOG.info(() -> "Eligibility batch " + batchId + " finished");
            }
        } finally {
            RUNNING_HERE.remove(batchId);
        }
    }

    /** Checks each participant once, outside any batch (the daily re-checks). */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed(Role.Names.SYSTEM)
    public void checkEach(List<UUID> participants, CheckTrigger trigger, Actor actor) {
        Queue<UUID> todo = new ConcurrentLinkedQueue<>(participants);
        inParallel(
                () -> {
                    UUID next;
                    while ((next = todo.poll()) != null) {
                        if (!takeTurn()) {
                            return;
                        }
                        try {
                            checkOne(null, next, null, trigger, actor);
                        } finally {
                            IN_FLIGHT.release();
                        }
                    }
                });
    }

    /**
     * Takes over batches whose node stopped claiming items for longer than a lease (it died or was
     * stopped), on this node; called by {@link EligibilityBatchResume} every node's timer.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed(Role.Names.SYSTEM)
    public int resumeAbandoned() {
        int resumed = 0;
        for (UUID batchId : eligibility.abandonedBatches(BatchSettings.lease())) {
            if (!RUNNING_HERE.contains(batchId)) {
                LOG.info(() -> "Eligibility batch " + batchId + ": resumed on this node");
                self.run(batchId, Actor.SYSTEM);
                resumed++;
            }
        }
        return resumed;
    }

    /** Runs the work on up to {@link #WORKERS} threads and waits for all of them. */
    private void inParallel(Runnable work) {
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < WORKERS; i++) {
            workers.add(executor.submit(work));
        }
        for (Future<?> w : workers) {
            try {
                w.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                LOG.warning(
                        () ->
                                "An eligibility worker stopped: "
                                        + e.getCause().getClass().getSimpleName());
            }
        }
    }

    /** Waits for a turn among this node's background checks; false when interrupted. */
    private static boolean takeTurn() {
        try {
            IN_FLIGHT.acquire();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One participant's check, kept whatever happens: as its outcome, SKIPPED or FAILED. */
    private void checkOne(
            UUID batchId, UUID participantId, String traceId, CheckTrigger trigger, Actor actor) {
        try {
            eligibility.checkInBackground(participantId, batchId, traceId, trigger, actor);
        } catch (RuntimeException e) {
            // Only the exception's type: its message may carry what the check was about.
            String reason =
                    "The check failed inside OpenIOP ("
                            + rootType(e)
                            + "); try this participant again.";
            LOG.warning(() -> "Eligibility check failed: " + rootType(e));
            try {
                eligibility.failed(participantId, batchId, trigger, reason, actor);
            } catch (RuntimeException again) {
                // Left undone: in a batch, the item's lease runs out and it is claimed again.
                LOG.warning(
                        () -> "A failed eligibility check could not be kept: " + rootType(again));
            }
        }
    }

    private static String rootType(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }

    /** A batch and the checks made so far. */
    public record View(BatchProgress batch, List<CoverageCheck> checks) {
        // Getters for the console's EL, which does not read record components.
        public BatchProgress getBatch() {
            return batch;
        }

        public List<CoverageCheck> getChecks() {
            return checks;
        }
    }

    @RolesAllowed({Role.Names.INTAKE, Role.Names.PROGRAM_ADMIN})
    public View view(UUID batchId, Actor actor) {
        Eligibility.requireStaff(actor);
        EligibilityBatch batch = batchId == null ? null : em.find(EligibilityBatch.class, batchId);
        if (batch == null) {
            throw new NotFound("There is no such batch.");
        }
        em.refresh(batch);
        return new View(
                BatchProgress.of(batch),
                em.createNamedQuery(EligibilityCheck.OF_BATCH, EligibilityCheck.class)
                        .setParameter("batch", batchId)
                        .getResultStream()
                        .map(CoverageCheck::of)
                        .toList());
    }

    private boolean exists(UUID programId) {
        try {
            programs.find(programId);
            return true;
        } catch (NotFound e) {
            return false;
        }
    }
}
