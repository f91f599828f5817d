package org.openiop.incident.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.openiop.identity.control.SealedTexts;

/** On erasure, forgets the participant's own incident reports sealed before data keys. */
@ApplicationScoped
public class IncidentTexts implements SealedTexts {

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @Override
    public void forgetSealedBeforeDataKeys(UUID participantId, String username) {
        if (username == null) {
            return; // no one by that id reported anything
        }
        em.createNativeQuery(
                        "update incident set sealed_notes = null where reporter_role ="
                                + " 'PARTICIPANT' and sealed_notes not like '"
                                + PARTICIPANT_SEALED
                                + "%' and reported_by = ?1")
                .setParameter(1, username)
                .executeUpdate();
    }
}
