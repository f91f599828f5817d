package org.openiop.plugin.video.jitsi;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;
import org.openiop.plugin.spi.AttendanceEvent;
import org.openiop.plugin.spi.JoinLink;
import org.openiop.plugin.spi.JoinRequest;
import org.openiop.plugin.spi.PluginException;
import org.openiop.plugin.spi.Room;
import org.openiop.plugin.spi.RoomRequest;
import org.openiop.plugin.spi.VideoCapabilities;
import org.openiop.plugin.spi.VideoProvider;
import org.openiop.plugin.spi.WebhookDelivery;

/**
 * Rooms and links on Jitsi. A Jitsi room exists as soon as someone with a valid token enters it, so
 * "creating" one is choosing its random name; the factory keeps the name per session so that the
 * same session always gets the same room.
 */
final class JitsiVideo implements VideoProvider {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private final JitsiSettings settings;
    private final JitsiTokens tokens;
    private final ConcurrentMap<String, Room> rooms;
    private final Clock clock;

    JitsiVideo(JitsiSettings settings, ConcurrentMap<String, Room> rooms, Clock clock) {
        this.settings = settings;
        this.tokens = new JitsiTokens(settings);
        this.rooms = rooms;
        this.clock = clock;
    }

    @Override
    public VideoCapabilities capabilities() {
        List<String> notes = new ArrayList<>();
        notes.add(
                "Camera off and audio only are start-up preferences in the join link; the"
                        + " participant can change them in the meeting, so they are not controls.");
        notes.add("Recording, live-streaming and transcription are off in every token.");
        if (settings.mode() == JitsiMode.SELF_HOSTED) {
            notes.add(
                    "Self-hosted: keep recording off on the server too (no Jibri, recordingService"
                            + " disabled), and turn the lobby on with prosody's muc_lobby_rooms;"
                            + " moderators need the token_affiliation module.");
            notes.add(
                    "Self-hosted Jitsi sends no webhooks; attendance comes from the portal's"
                            + " joins.");
        } else {
            notes.add(
                    "JaaS: no business associate agreement was found in 8x8's JaaS documents; ask"
                            + " 8x8 before PHI flows.");
        }
        boolean selfHosted = settings.mode() == JitsiMode.SELF_HOSTED;
        // Self-hosted: the hospital is the host, so no vendor BAA is needed for the media.
        return new VideoCapabilities(false, true, true, true, false, selfHosted, notes);
    }

    @Override
    public Room createRoom(RoomRequest request) {
        forgetEndedRooms(rooms, clock.instant());
        return rooms.computeIfAbsent(
                request.sessionRef(),
                ref ->
                        new Room(
                                randomName(),
                                ref,
                                Map.of(
                                        "recording", request.recording() ? "on" : "off",
                                        "lobby", String.valueOf(request.lobby()),
                                        "end", String.valueOf(request.end().getEpochSecond()))));
    }

    /**
     * Rooms whose session ended more than a day ago are not asked for again; OpenIOP keeps its own
     * record.
     */
    static void forgetEndedRooms(ConcurrentMap<String, Room> rooms, Instant now) {
        long dayAgo = now.minusSeconds(86_400).getEpochSecond();
        rooms.values()
                .removeIf(
                        r ->
                                Long.parseLong(
                                                r.attributes()
                                                        .getOrDefault(
                                                                "end",
                                                                String.valueOf(Long.MAX_VALUE)))
                                        < dayAgo);
    }

    /**
     * "r" and 26 random base-32 characters (130 bits): unguessable, lower case as Jitsi compares
     * rooms.
     */
    static String randomName() {
        StringBuilder s = new StringBuilder("r");
        for (int i = 0; i < 26; i++) {
            s.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return s.toString();
    }

    @Override
    public JoinLink joinLink(JoinRequest request) {
        Room room = request.room();
        Instant expires = request.validUntil();
        String end = room.attributes().get("end");
        if (end != null) {
            Instant withGrace = Instant.ofEpochSecond(Long.parseLong(end)).plus(settings.grace());
            if (withGrace.isBefore(expires)) {
                expires = withGrace;
            }
        }
        // Whole seconds, rounded inwards, so that the reported expiry is never later than the
        // token's.
        Instant nbf = Instant.ofEpochSecond(request.validFrom().getEpochSecond());
        Instant exp = Instant.ofEpochSecond(expires.getEpochSecond());
        if (!exp.isAfter(nbf)) {
            throw new PluginException("The link's window ends before it starts.");
        }
        String token = tokens.issue(request, room.roomId(), nbf, exp);
        String path =
                settings.mode() == JitsiMode.JAAS
                        ? settings.appId() + "/" + room.roomId()
                        : room.roomId();
        StringBuilder url =
                new StringBuilder(settings.server())
                        .append('/')
                        .append(path)
                        .append("?jwt=")
                        .append(URLEncoder.encode(token, StandardCharsets.UTF_8));
        // Hash overrides in Jitsi's config whitelist: the participant's choice as a starting point,
        // a
        // name they cannot change into their real one, and no third-party requests (gravatar).
        url.append("#config.readOnlyName=true&config.disableThirdPartyRequests=true");
        if (request.audioOnly()) {
            url.append("&config.startAudioOnly=true");
        } else if (request.cameraOff()) {
            url.append("&config.startWithVideoMuted=true");
        }
        return new JoinLink(URI.create(url.toString()), exp);
    }

    @Override
    public List<AttendanceEvent> readEvents(WebhookDelivery delivery) {
        if (settings.mode() != JitsiMode.JAAS) {
            throw new PluginException(
                    "Self-hosted Jitsi sends no webhooks that can be verified; this delivery was"
                            + " refused.");
        }
        byte[] secret =
                settings.webhookKey()
                        .orElseThrow(
                                () ->
                                        new PluginException(
                                                "JaaS webhooks are not set up: set webhook-secret"
                                                        + " to the endpoint's secret from the JaaS"
                                                        + " console."));
        return new JaasWebhooks(secret, clock).read(delivery);
    }

    @Override
    public String toString() {
        return "JitsiVideo["
                + settings.mode().word
                + " "
                + settings.server().toLowerCase(Locale.ROOT)
                + "]";
    }
}
