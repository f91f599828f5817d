package org.openiop.plugin.spi;

import java.util.Map;
import java.util.Objects;

/**
 * A room the vendor created.
 *
 * @param roomId the vendor's room name or meeting id: random, never derived from a group or program
 * @param sessionRef the session it belongs to
 * @param attributes anything else the plugin needs later to build links (kept by OpenIOP, never
 *     shown)
 */
public record Room(String roomId, String sessionRef, Map<String, String> attributes) {

    public Room {
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(sessionRef, "sessionRef");
        attributes = Map.copyOf(attributes);
    }
}
