package org.openiop.audit.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openiop.platform.boundary.Role;

/**
 * Every two seconds: notes this server's rolled-back audit numbers, seals new events, and at the
 * configured interval appends a signed checkpoint. Every instance of a cluster runs it; the head
 * lock makes them take turns, and a turn that finds nothing waiting costs two indexed queries.
 */
@Singleton
@DependsOn("AuditSigner") // its rollback queue must outlive the last note at shutdown
@RunAs(Role.Names.SYSTEM)
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());
    private static final Duration SWEEP_EVERY = Duration.ofHours(1);
    private static final Duration WARN_EVERY = Duration.ofMinutes(1);

    @EJB AuditTrail trail;

    @EJB AuditSigner signer;

    /**
     * When this server last sealed with a sweep; a sweep also finds rows that committed very late.
     */
    private Instant lastSweep = Instant.EPOCH;

    /** Turns that failed since the last one that worked, and when that was last logged. */
    private int failedTurns;

    private Instant lastWarned = Instant.EPOCH;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "audit sealer")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sealWaitingEvents() {
        if (!signer.isReady()) {
            return; // readiness reports the missing key
        }
        try {
            noteRollbacks();
            boolean sweep = lastSweep.plus(SWEEP_EVERY).isBefore(Instant.now());
            int sealed;
            do {
                sealed = trail.seal(sweep);
            } while (sealed == AuditTrail.SEAL_BATCH);
            if (sweep) {
                lastSweep = Instant.now();
            }
            if (signer.checkpointDue(Instant.now())) {
                trail.checkpoint();
            }
        } catch (RuntimeException e) {
            failedTurns++;
            Instant now = Instant.now();
            // Every two seconds for as long as the database is away would bury the log: the
            // first failure, then a line a minute.
            if (lastWarned.plus(WARN_EVERY).isBefore(now)) {
                lastWarned = now;
                LOG.log(
                        Level.WARNING,
                        "Audit sealing failed ({0} turn(s) in a row); it is tried again every two"
                                + " seconds: {1}",
                        new Object[] {failedTurns, e.getMessage()});
            }
            return;
        }
        if (failedTurns > 0) {
            LOG.info("Audit sealing works again after " + failedTurns + " failed turn(s).");
            failedTurns = 0;
            lastWarned = Instant.EPOCH;
        }
    }

    private void noteRollbacks() {
        List<Long> numbers = signer.takeRolledBack();
        try {
            trail.noteRollbacks(numbers);
        } catch (RuntimeException e) {
            signer.giveBack(numbers); // tried again at the next turn
            throw e;
        }
    }

    /**
     * A server stopping on purpose notes its last rollbacks, so that they are not taken for
     * deletions.
     */
    @PreDestroy
    void noteLastRollbacks() {
        try {
            if (signer.isReady()) {
                noteRollbacks();
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not note the last rolled-back audit numbers: {0}",
                    e.getMessage());
        }
    }
}
