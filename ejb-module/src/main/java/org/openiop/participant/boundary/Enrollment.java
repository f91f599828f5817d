package org.openiop.participant.boundary;

import java.util.UUID;

/**
 * What intake hands the new participant, once: the username and the temporary password. The
 * password is not stored by OpenIOP; Keycloak makes the participant replace it at first sign-in.
 */
public record Enrollment(UUID participantId, String username, String temporaryPassword) {

    public UUID getParticipantId() {
        return participantId;
    }

    public String getUsername() {
        return username;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }
}
