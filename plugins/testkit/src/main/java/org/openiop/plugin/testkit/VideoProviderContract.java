package org.openiop.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openiop.plugin.spi.JoinLink;
import org.openiop.plugin.spi.JoinRequest;
import org.openiop.plugin.spi.PluginException;
import org.openiop.plugin.spi.PluginKind;
import org.openiop.plugin.spi.Room;
import org.openiop.plugin.spi.RoomRequest;
import org.openiop.plugin.spi.VideoCapabilities;
import org.openiop.plugin.spi.VideoProvider;
import org.openiop.plugin.spi.VideoProviderFactory;
import org.openiop.plugin.spi.WebhookDelivery;

/**
 * What every video plugin must do (docs/anonymity.md, invariants 1, 4 and 6): rooms that are not
 * derived from OpenIOP's session reference and are created once per session; join links that carry
 * nothing about the person beyond the pseudonym and the session-scoped id, differ between sessions
 * and expire with the request; recording off unless asked; and webhooks that are not authentic
 * refused.
 *
 * <p>Join links are checked as sent and decoded: URL-decoded, and with every Base64url run longer
 * than 16 characters decoded too, so that tokens (a JWT's payload, for instance) are read.
 *
 * <p>Rooms must report {@code attributes().get("recording")}: {@code "off"} or {@code "on"} when
 * the vendor lets the plugin control recording ({@link VideoCapabilities#recordingControl()}); a
 * vendor that cannot must say so in the capabilities' notes.
 */
public abstract class VideoProviderContract extends PluginContract<VideoProviderFactory> {

    private static final Instant START = Instant.parse("2030-03-04T00:00:00Z");
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]{17,}");

    @Override
    protected PluginKind kind() {
        return PluginKind.VIDEO;
    }

    /**
     * A delivery that is not authentic (no or a wrong signature); by default headers and body of
     * nothing.
     */
    protected WebhookDelivery forgedDelivery() {
        return new WebhookDelivery(Map.of(), "", "{}".getBytes(StandardCharsets.UTF_8));
    }

    private VideoProvider provider() {
        return initialised().create();
    }

    private static RoomRequest roomFor(String sessionRef, boolean recording) {
        return new RoomRequest(
                sessionRef, START, START.plus(Duration.ofHours(3)), 12, true, recording);
    }

    private static JoinRequest join(Room room, String participantRef, String pseudonym) {
        return new JoinRequest(
                room,
                participantRef,
                pseudonym,
                JoinRequest.Role.PARTICIPANT,
                true,
                false,
                START.minus(Duration.ofMinutes(15)),
                START.plus(Duration.ofHours(3)));
    }

    /** The link as text, with its URL-encoding and any Base64url tokens decoded alongside. */
    static String readable(JoinLink link) {
        String url = link.url().toString();
        StringBuilder text =
                new StringBuilder(url)
                        .append('\n')
                        .append(URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8));
        Matcher m = BASE64URL.matcher(url);
        while (m.find()) {
            try {
                text.append('\n')
                        .append(
                                new String(
                                        Base64.getUrlDecoder().decode(m.group()),
                                        StandardCharsets.ISO_8859_1));
            } catch (IllegalArgumentException e) {
                // not Base64url after all
            }
        }
        return text.toString();
    }

    /** The text without the pseudonym, as written, URL-encoded or with '+' for spaces. */
    static String withoutName(String text, String pseudonym) {
        return text.replace(pseudonym, " ")
                .replace(pseudonym.replace(" ", "%20"), " ")
                .replace(pseudonym.replace(" ", "+"), " ");
    }

    /** Runs of at least 6 letters, digits, '-' or '_'. */
    static Set<String> tokens(String text) {
        Set<String> out = new HashSet<>();
        for (String t : text.split("[^A-Za-z0-9_-]+")) {
            if (t.length() >= 6) {
                out.add(t);
            }
        }
        return out;
    }

    @Test
    void roomsAreCreatedOncePerSessionAndNotDerivedFromItsReference() {
        VideoProvider video = provider();
        String sessionRef = "openiop-session-" + UUID.randomUUID();
        Room first = video.createRoom(roomFor(sessionRef, false));
        Room again = video.createRoom(roomFor(sessionRef, false));
        Room other = video.createRoom(roomFor("openiop-session-" + UUID.randomUUID(), false));
        assertEquals(first.roomId(), again.roomId(), "the same session must get the same room");
        assertNotEquals(first.roomId(), other.roomId(), "two sessions share a room");
        assertFalse(
                first.roomId().contains(sessionRef)
                        || first.roomId().contains(sessionRef.substring(16, 24)),
                "the room name is derived from OpenIOP's session reference: " + first.roomId());
    }

    @Test
    void joinLinksCarryOnlyThePseudonymAndTheSessionScopedId() {
        VideoProvider video = provider();
        String sessionRef = "openiop-session-" + UUID.randomUUID();
        Room room = video.createRoom(roomFor(sessionRef, false));
        String ref = "p-" + UUID.randomUUID();
        JoinLink link = video.joinLink(join(room, ref, "Quiet Harbor"));
        String text = readable(link);
        assertFalse(
                text.contains(sessionRef),
                "the link holds OpenIOP's session reference: " + link.url());
        for (String leak : List.of("openiop-session", "program", "diagnosis")) {
            assertFalse(
                    text.toLowerCase(java.util.Locale.ROOT).contains(leak),
                    "the link holds '" + leak + "': " + link.url());
        }
        assertTrue(
                !link.expiresAt().isAfter(START.plus(Duration.ofHours(3))),
                "the link outlives the request's window");
    }

    @Test
    void participantIdsDifferBetweenSessions() {
        VideoProvider video = provider();
        Room monday = video.createRoom(roomFor("openiop-session-" + UUID.randomUUID(), false));
        Room wednesday = video.createRoom(roomFor("openiop-session-" + UUID.randomUUID(), false));
        // The host derives a new opaque id for the same person in every session.
        String mondayRef = "p-" + UUID.randomUUID();
        String wednesdayRef = "p-" + UUID.randomUUID();
        String a = readable(video.joinLink(join(monday, mondayRef, "Quiet Harbor")));
        String b = readable(video.joinLink(join(wednesday, wednesdayRef, "Quiet Harbor")));
        String other =
                readable(video.joinLink(join(monday, "p-" + UUID.randomUUID(), "Cedar Path")));
        assertNotEquals(a, other, "two people get the same link");
        // What singles this person out on Monday (in their link, not in another member's), apart
        // from their pseudonym, must not come back on Wednesday: the vendor could link the two.
        Set<String> personal = tokens(withoutName(a, "Quiet Harbor"));
        personal.removeAll(tokens(withoutName(other, "Cedar Path")));
        Set<String> again = tokens(withoutName(b, "Quiet Harbor"));
        again.retainAll(personal);
        assertTrue(
                again.isEmpty(),
                "the vendor sees the same id for this person in two sessions: " + again);
    }

    @Test
    void recordingIsOffUnlessAsked() {
        VideoProvider video = provider();
        VideoCapabilities can = video.capabilities();
        Room room = video.createRoom(roomFor("openiop-session-" + UUID.randomUUID(), false));
        if (can.recordingControl()) {
            assertEquals("off", room.attributes().get("recording"), "recording was not asked for");
        } else {
            assertTrue(
                    can.notes().stream()
                            .anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("record")),
                    "a vendor that cannot turn recording off must say so in its notes");
        }
    }

    @Test
    void webhooksThatAreNotAuthenticAreRefused() {
        VideoProvider video = provider();
        assertThrows(PluginException.class, () -> video.readEvents(forgedDelivery()));
    }
}
