package org.openiop.participant.entity;

import java.time.Instant;
import java.util.UUID;

/** One row of the participants list: pseudonymous fields only, never anything from the vault. */
public record ParticipantView(
        UUID id,
        String username,
        String pseudonym,
        ParticipantStatus status,
        Instant enrolledAt,
        boolean erased) {

    public static ParticipantView of(Participant p) {
        return new ParticipantView(
                p.getId(),
                p.getUsername(),
                p.getPseudonym(),
                p.getStatus(),
                p.getEnrolledAt(),
                p.isErased());
    }

    // Getters for Faces EL, which cannot read record components.
    public UUID getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public ParticipantStatus getStatus() {
        return status;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public boolean isErased() {
        return erased;
    }
}
