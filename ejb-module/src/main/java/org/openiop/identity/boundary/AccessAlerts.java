package org.openiop.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.Actor;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.identity.control.AccessWatch;
import org.openiop.identity.entity.AccessAlert;
import org.openiop.identity.entity.AccessAlertSummary;
import org.openiop.platform.boundary.Conflict;
import org.openiop.platform.boundary.Forbidden;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.Role;

/**
 * The privacy officer's view of {@link AccessWatch}'s alerts: the open ones, newest first, and
 * acknowledging one once it has been looked into (audited).
 */
@Stateless
public class AccessAlerts {

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @EJB AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public List<AccessAlertSummary> open(Actor actor) {
        requireOfficer(actor);
        return em.createNamedQuery(AccessAlert.OPEN, AccessAlert.class)
                .setMaxResults(200)
                .getResultStream()
                .map(AccessAlertSummary::of)
                .toList();
    }

    /**
     * @throws NotFound for an unknown alert
     * @throws Conflict when it was acknowledged already
     */
    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public AccessAlertSummary acknowledge(UUID id, Actor actor) {
        requireOfficer(actor);
        AccessAlert alert = id == null ? null : em.find(AccessAlert.class, id);
        if (alert == null) {
            throw new NotFound("There is no access alert with that id.");
        }
        try {
            alert.acknowledge(actor.username(), clock.instant());
            em.flush();
        } catch (IllegalStateException e) {
            throw new Conflict(e.getMessage());
        } catch (OptimisticLockException e) {
            throw new Conflict("Someone else acknowledged this alert just now.");
        }
        audit.record(
                actor.username(),
                "access-alert.acknowledge",
                alert.getStaff(),
                alert.getKind().name(),
                AuditRecord.SUCCESS);
        return AccessAlertSummary.of(alert);
    }

    private static void requireOfficer(Actor actor) {
        if (!actor.has(Role.PRIVACY_OFFICER)) {
            throw new Forbidden("Only the privacy officer sees access alerts.");
        }
    }
}
