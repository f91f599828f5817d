package org.openiop.consent.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openiop.audit.entity.Actor;
import org.openiop.participant.boundary.Participants;
import org.openiop.participant.entity.Participant;
import org.openiop.platform.boundary.Forbidden;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.program.boundary.Memberships;
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
    static Participant byId(Participants participants, UUID id) {
        Participant p = participants.byId(id).orElse(null);
        if (p == null) {
            throw new NotFound("There is no participant with that id.");
        }
        return p;
    }

    /** Programs with a membership of the participant that has not ended before {@code today}. */
    static List<Program> programsOf(
            Memberships memberships, UUID participant, LocalDate today, Actor caller) {
        return memberships.currentPrograms(participant, today, caller);
    }
}
