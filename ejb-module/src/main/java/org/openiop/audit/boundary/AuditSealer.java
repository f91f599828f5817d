package org.openiop.audit.boundary;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openiop.platform.boundary.Role;

/**
 * Seals new audit events every two seconds. Every instance of a cluster runs it; the head lock
 * makes them take turns, and a turn that finds nothing waiting costs one indexed query.
 */
@Singleton
@RunAs(Role.Names.SYSTEM)
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    @EJB
    AuditTrail trail;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "audit sealer")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sealWaitingEvents() {
        try {
            int sealed;
            do {
                sealed = trail.seal();
            } while (sealed == AuditTrail.SEAL_BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Audit sealing failed; it will be tried again in two seconds: {0}", e.getMessage());
        }
    }
}
