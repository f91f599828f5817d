package org.openiop.program.entity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A group member as staff see them on a roster: the pseudonym and the membership's dates, nothing
 * else.
 */
public record Member(
        UUID membershipId,
        UUID participantId,
        String pseudonym,
        LocalDate startsOn,
        LocalDate endsOn,
        boolean discharged) {

    // Getters for Faces EL, which cannot read record components.
    public UUID getMembershipId() {
        return membershipId;
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public boolean isDischarged() {
        return discharged;
    }
}
