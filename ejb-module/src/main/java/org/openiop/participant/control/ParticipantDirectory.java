package org.openiop.participant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openiop.identity.control.KnownParticipants;
import org.openiop.participant.boundary.DemoParticipants;
import org.openiop.participant.entity.Participant;
import org.openiop.program.control.Enrollees;

/**
 * The participant component's answers to the components below it: programs (a group's members) and
 * the vault (whether someone exists). No authorization here: the boundary that asks has decided who
 * may ask, and these answers hold nothing but pseudonymous fields.
 */
@ApplicationScoped
public class ParticipantDirectory implements Enrollees, KnownParticipants {

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @Inject UsernameIds usernameIds;

    @Override
    public Map<UUID, Enrollee> byIds(Collection<UUID> ids) {
        Map<UUID, Enrollee> out = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select p from Participant p where p.id in :ids", Participant.class)
                    .setParameter("ids", Set.copyOf(ids))
                    .getResultList()
                    .forEach(
                            p ->
                                    out.put(
                                            p.getId(),
                                            new Enrollee(
                                                    p.getId(), p.getPseudonym(), p.mayTakePart())));
        }
        return out;
    }

    @Override
    public Optional<UUID> idOf(String username) {
        Optional<UUID> remembered = usernameIds.remembered(username);
        if (remembered.isPresent()) {
            return remembered;
        }
        Optional<UUID> id =
                em
                        .createNamedQuery(Participant.BY_USERNAME, Participant.class)
                        .setParameter("username", username)
                        .getResultList()
                        .stream()
                        .findFirst()
                        .map(Participant::getId);
        id.ifPresent(found -> usernameIds.remember(username, found));
        return id;
    }

    @Override
    public List<UUID> demoParticipants() {
        return DemoParticipants.USERNAMES.stream().flatMap(u -> idOf(u).stream()).toList();
    }

    @Override
    public boolean exists(UUID participantId) {
        return participantId != null && em.find(Participant.class, participantId) != null;
    }

    @Override
    public Optional<String> usernameOf(UUID participantId) {
        return participantId == null
                ? Optional.empty()
                : Optional.ofNullable(em.find(Participant.class, participantId))
                        .map(Participant::getUsername);
    }
}
