package org.openiop.program.control;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openiop.audit.entity.Actor;
import org.openiop.platform.boundary.Role;

/**
 * What programs need to know about the people they place in groups, answered by the participant
 * component (which implements this): programs keep only participant ids, and the participant
 * component builds on programs (for caseloads), so programs ask through this interface rather than
 * reading participants themselves.
 */
public interface Enrollees {

    /**
     * A participant as a group sees them.
     *
     * @param mayTakePart enrolled and neither discharged nor erased
     */
    record Enrollee(UUID id, String pseudonym, boolean mayTakePart) {}

    /** The participants with these ids; an unknown id has no entry. */
    Map<UUID, Enrollee> byIds(Collection<UUID> ids);

    /** The id of the participant with this username, if there is one. */
    Optional<UUID> idOf(String username);

    /** Whether the caller is, as a participant, the participant with this id. */
    default boolean isSelf(Actor caller, UUID participantId) {
        return caller.has(Role.PARTICIPANT)
                && idOf(caller.username()).map(participantId::equals).orElse(false);
    }

    /**
     * Whether the caller is only a participant (no staff role) asking about someone else: such a
     * question gets no answer about that person.
     */
    default boolean participantAsksAboutOthers(Actor caller, UUID participantId) {
        return caller.has(Role.PARTICIPANT)
                && !caller.hasAny(Role.STAFF.toArray(Role[]::new))
                && !isSelf(caller, participantId);
    }

    /** The demo participants that are enrolled (demo data only). */
    List<UUID> demoParticipants();
}
