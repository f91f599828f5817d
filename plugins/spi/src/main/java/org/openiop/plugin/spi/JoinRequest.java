package org.openiop.plugin.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * One person's way into a room.
 *
 * @param room the room
 * @param participantRef an opaque id for this person in this session only (a keyed hash of the
 *     session and participant ids); it differs in every session
 * @param displayName the pseudonym (for facilitators, the name they use in groups)
 * @param role participant or facilitator (facilitators moderate)
 * @param cameraOff start with the camera off
 * @param audioOnly start with audio only
 * @param validFrom when the link starts to work
 * @param validUntil when it stops working
 */
public record JoinRequest(
        Room room,
        String participantRef,
        String displayName,
        Role role,
        boolean cameraOff,
        boolean audioOnly,
        Instant validFrom,
        Instant validUntil) {

    /** What a person may do in the room. */
    public enum Role {
        PARTICIPANT,
        FACILITATOR
    }

    public JoinRequest {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(participantRef, "participantRef");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        if (!validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("A join link must stay valid for some time.");
        }
    }
}
