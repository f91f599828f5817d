package org.openiop.consent.boundary;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openiop.audit.entity.Actor;
import org.openiop.participant.boundary.Participants;
import org.openiop.participant.entity.Participant;
import org.openiop.platform.boundary.Forbidden;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.program.entity.Membership;
import org.openiop.program.entity.Program;

/** Finding the signed-in participant and their programs, for the consent boundaries. */
final class ParticipantLookup {

    private ParticipantLookup() {}

    /**
     * @throws RequestRefused (forbidden) when the caller is not an enrolled participant who may
     *     take part
     */
    static Participant self(Participants participants, Actor actor) {
        Participant p = participants.self(actor).orElse(null);
        if (p == null || !p.mayTakePart()) {
            throw new Forbidden("Only an enrolled participant can do this.");
        }
        return p;
    }

    /**
     * @throws RequestRefused (not-found)
     */
    static Participant byId(EntityManager em, UUID id) {
        Participant p = id == null ? null : em.find(Participant.class, id);
        if (p == null) {
            throw new NotFound("There is no participant with that id.");
        }
        return p;
    }

    /** Programs with a membership of the participant that has not ended before {@code today}. */
    static List<Program> programsOf(EntityManager em, UUID participant, LocalDate today) {
        return em
                .createNamedQuery(Membership.OF_PARTICIPANT, Membership.class)
                .setParameter("participant", participant)
                .getResultList()
                .stream()
                .filter(m -> m.getEndsOn() == null || !m.getEndsOn().isBefore(today))
                .map(m -> m.getGroup().getProgram())
                .distinct()
                .toList();
    }
}
