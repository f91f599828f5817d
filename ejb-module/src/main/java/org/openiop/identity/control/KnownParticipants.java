package org.openiop.identity.control;

import java.util.Optional;
import java.util.UUID;

/**
 * Whether a participant exists, answered by the participant component (which implements this and
 * builds on the vault, so the vault asks through this interface rather than reading participants).
 */
public interface KnownParticipants {

    boolean exists(UUID participantId);

    /** The participant's username, if there is such a participant. */
    Optional<String> usernameOf(UUID participantId);
}
