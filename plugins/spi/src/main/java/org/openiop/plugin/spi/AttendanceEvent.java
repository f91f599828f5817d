package org.openiop.plugin.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * Something the vendor saw happen in a room.
 *
 * @param roomId the room
 * @param participantRef the session-scoped id the join link carried, or null for room-wide events
 * @param type what happened
 * @param at when
 * @param modality how the person was connected, or null when the vendor does not say
 */
public record AttendanceEvent(
        String roomId, String participantRef, Type type, Instant at, Modality modality) {

    /** What happened. */
    public enum Type {
        JOINED,
        LEFT,
        ROOM_ENDED,
        /** Recording started: OpenIOP opens an incident, since recording is off by policy. */
        RECORDING_STARTED
    }

    public AttendanceEvent {
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
    }
}
