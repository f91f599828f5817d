package org.openiop.licensing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.openiop.program.control.SessionRecords;

/** Decisions made for a session are kept with it, so such a session is never dropped. */
@ApplicationScoped
public class DecisionRecords implements SessionRecords {

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @Override
    public boolean anyFor(UUID sessionId) {
        return ((Number)
                                em.createNativeQuery(
                                                "select count(*) from licensing_decision where"
                                                        + " session_id = ?1")
                                        .setParameter(1, sessionId)
                                        .getSingleResult())
                        .longValue()
                > 0;
    }
}
