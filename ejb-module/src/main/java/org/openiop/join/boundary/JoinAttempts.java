package org.openiop.join.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.openiop.audit.entity.Actor;
import org.openiop.join.entity.JoinAttempt;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.program.boundary.Sessions;

/**
 * A session's join attempts, for attendance (the roster's last join and its obligations, and the
 * join a vendor's event came from), which used to read them itself.
 */
@Stateless
public class JoinAttempts {

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @EJB Sessions sessions;

    /**
     * The session's attempts, oldest first, when the caller may reach the session ({@link
     * Sessions#find(UUID, Actor)}).
     *
     * @throws RequestRefused (not-found) for an unknown session or one out of reach
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER,
        Role.Names.SYSTEM
    })
    public List<JoinAttempt> ofSession(UUID sessionId, Actor caller) {
        sessions.find(sessionId, caller);
        return em.createNamedQuery(JoinAttempt.OF_SESSION, JoinAttempt.class)
                .setParameter("session", sessionId)
                .getResultList();
    }
}
