package org.openiop.plugin.spi;

import java.util.List;

/**
 * A video vendor. OpenIOP asks it for one room per session and one join link per person, and hands
 * it the vendor's webhooks to turn into attendance. It never receives a real name: the display name
 * is a pseudonym and the participant reference is an opaque id that differs for every session
 * (docs/anonymity.md, invariants 1 and 4). Recording must be off unless asked for.
 *
 * <p>Thread-safety: every method may be called from many threads at once.
 */
public interface VideoProvider {

    /** What this vendor can guarantee, as opposed to what the participant may change. */
    VideoCapabilities capabilities();

    /**
     * Creates (or returns the existing) room for a session. Calling it twice for the same session
     * reference must not create two rooms.
     */
    Room createRoom(RoomRequest request);

    /** A link that lets one person into the room, for the request's validity window only. */
    JoinLink joinLink(JoinRequest request);

    /**
     * Verifies a webhook the vendor sent and turns it into attendance events.
     *
     * @throws PluginException when the delivery is not authentic (bad signature or checksum); the
     *     host answers 401 and records nothing
     * @return the events in it, possibly none (events OpenIOP does not track are dropped)
     */
    List<AttendanceEvent> readEvents(WebhookDelivery delivery);
}
