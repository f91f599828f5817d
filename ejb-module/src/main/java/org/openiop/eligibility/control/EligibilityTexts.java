package org.openiop.eligibility.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.openiop.identity.control.SealedTexts;

/** On erasure, forgets payers' answers about the participant sealed before data keys. */
@ApplicationScoped
public class EligibilityTexts implements SealedTexts {

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @Override
    public void forgetSealedBeforeDataKeys(UUID participantId, String username) {
        em.createNativeQuery(
                        "update eligibility_check set sealed_answer = null where participant_id ="
                                + " ?1 and sealed_answer not like '"
                                + PARTICIPANT_SEALED
                                + "%'")
                .setParameter(1, participantId)
                .executeUpdate();
    }
}
