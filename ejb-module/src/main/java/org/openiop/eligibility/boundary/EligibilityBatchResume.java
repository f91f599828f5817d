package org.openiop.eligibility.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openiop.eligibility.control.BatchSettings;
import org.openiop.platform.boundary.Role;

/**
 * Every node looks, every half minute ({@code openiop.eligibility.batch-resume-every}), for
 * eligibility batches whose node stopped working on them, and finishes them ({@link
 * EligibilityBatches#resumeAbandoned}). A batch started at 17:55 is finished even when its node
 * dies at 17:56.
 */
@Singleton
@Startup
@RunAs(Role.Names.SYSTEM)
public class EligibilityBatchResume {

    private static final Logger LOG = Logger.getLogger(EligibilityBatchResume.class.getName());

    @EJB EligibilityBatches batches;

    @Resource TimerService timers;

    /** Whether the last look failed: the first failure is a warning, the rest are not repeated. */
    private boolean failing;

    @PostConstruct
    void schedule() {
        long every = BatchSettings.resumeEvery().toMillis();
        timers.createIntervalTimer(
                every, every, new TimerConfig("eligibility batch resume", false));
    }

    /**
     * Never throws: Payara drops a non-persistent timer whose deliveries fail, and this one must go
     * on looking after a database outage.
     */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void resume() {
        try {
            batches.resumeAbandoned();
            if (failing) {
                LOG.info("Looking for eligibility batches to resume works again.");
                failing = false;
            }
        } catch (RuntimeException e) {
            LOG.log(
                    failing ? Level.FINE : Level.WARNING,
                    "Looking for eligibility batches to resume failed ({0}); tried again at the"
                            + " next turn",
                    e.getClass().getSimpleName());
            failing = true;
        }
    }
}
