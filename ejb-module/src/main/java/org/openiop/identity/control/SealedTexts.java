package org.openiop.identity.control;

import java.util.UUID;

/**
 * Texts about a participant that another component sealed before they were sealed under the
 * participant's data key (version 15): under purpose keys, so destroying the data key does not
 * reach them. When the vault shreds a participant's key it asks every component that keeps such
 * texts (eligibility answers, incident reports) to forget them. They build on the vault, so the
 * vault asks them through this interface rather than writing their tables itself.
 *
 * <p>Called in the vault's transaction: an implementation writes with the container's entity
 * manager and neither commits nor begins one, so that erasure happens whole or not at all.
 */
public interface SealedTexts {

    /** The prefix of a text sealed under a participant's data key, which stays (it is shredded). */
    String PARTICIPANT_SEALED = "p1:";

    /**
     * Forgets (sets to null) this component's texts about the participant that are not sealed under
     * their data key.
     *
     * @param username the participant's username, for texts kept by who wrote them; null when the
     *     participant is unknown
     */
    void forgetSealedBeforeDataKeys(UUID participantId, String username);
}
