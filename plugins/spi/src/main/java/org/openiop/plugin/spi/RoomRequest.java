package org.openiop.plugin.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A room for one session.
 *
 * @param sessionRef an opaque reference to the session, stable across calls; never a group or
 *     program name
 * @param start when the session starts
 * @param end when it ends
 * @param capacity the most people the room must hold, facilitators included
 * @param lobby whether people wait until a facilitator admits them
 * @param recording whether recording is allowed (OpenIOP always asks false)
 */
public record RoomRequest(
        String sessionRef,
        Instant start,
        Instant end,
        int capacity,
        boolean lobby,
        boolean recording) {

    public RoomRequest {
        Objects.requireNonNull(sessionRef, "sessionRef");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A room's session must end after it starts.");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("A room holds at least one person.");
        }
    }
}
