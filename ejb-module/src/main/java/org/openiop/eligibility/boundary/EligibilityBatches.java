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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.openiop.audit.entity.Actor;
import org.openiop.eligibility.entity.BatchProgress;
import org.openiop.eligibility.entity.CheckOutcome;
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
 * kept as FAILED (or SKIPPED, with what to fix) and counted, and the page polls the counts.
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
        EligibilityBatch batch = eligibility.newBatch(programId, members.size(), actor);
        self.run(batch.getId(), members, CheckTrigger.BATCH, actor);
        return BatchProgress.of(batch);
    }

    /** Runs the checks with {@link #WORKERS} workers and marks the batch finished. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed({Role.Names.INTAKE, Role.Names.PROGRAM_ADMIN, Role.Names.SYSTEM})
    public void run(UUID batchId, List<UUID> participants, CheckTrigger trigger, Actor actor) {
        Queue<UUID> todo = new ConcurrentLinkedQueue<>(participants);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < Math.min(WORKERS, Math.max(1, participants.size())); i++) {
            workers.add(
                    executor.submit(
                            () -> {
                                UUID next;
                                while ((next = todo.poll()) != null) {
                                    checkOne(batchId, next, trigger, actor);
                                }
                            }));
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
        if (batchId != null) {
            eligibility.finish(batchId);
        }
    }

    private void checkOne(UUID batchId, UUID participantId, CheckTrigger trigger, Actor actor) {
        CheckOutcome outcome;
        try {
            IN_FLIGHT.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            outcome =
                    eligibility
                            .checkInBackground(participantId, batchId, trigger, actor)
                            .getOutcome();
        } catch (RuntimeException e) {
            // Only the exception's type: its message may carry what the check was about.
            String reason =
                    "The check failed inside OpenIOP ("
                            + rootType(e)
                            + "); try this participant again.";
            LOG.warning(() -> "Eligibility check failed: " + rootType(e));
            try {
                outcome =
                        eligibility
                                .failed(participantId, batchId, trigger, reason, actor)
                                .getOutcome();
            } catch (RuntimeException again) {
                outcome = CheckOutcome.FAILED;
            }
        } finally {
            IN_FLIGHT.release();
        }
        if (batchId != null) {
            eligibility.count(batchId, outcome);
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
