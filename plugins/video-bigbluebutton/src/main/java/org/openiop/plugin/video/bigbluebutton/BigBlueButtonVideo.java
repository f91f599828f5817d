package org.openiop.plugin.video.bigbluebutton;

import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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

/** Meetings and join links on BigBlueButton. */
final class BigBlueButtonVideo implements VideoProvider {

    /**
     * What BigBlueButton shows as the meeting's title: nothing about the program (digital
     * footprint).
     */
    static final String NEUTRAL_NAME = "Meeting";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private final BbbSettings settings;
    private final BigBlueButtonApi api;
    private final BbbCallbacks callbacks;
    private final ConcurrentMap<String, Room> rooms;
    private final Clock clock;

    BigBlueButtonVideo(
            BbbSettings settings, HttpClient http, ConcurrentMap<String, Room> rooms, Clock clock) {
        this.settings = settings;
        this.api = new BigBlueButtonApi(settings, http);
        this.callbacks = new BbbCallbacks(settings, clock);
        this.rooms = rooms;
        this.clock = clock;
    }

    @Override
    public VideoCapabilities capabilities() {
        return new VideoCapabilities(
                false,
                true,
                true,
                true,
                true,
                false,
                List.of(
                        "Recording is off for every meeting: record, autoStartRecording and"
                                + " allowStartStopRecording are false.",
                        "Participants wait in the waiting room (guestPolicy ASK_MODERATOR) until a"
                                + " facilitator lets them in.",
                        "Camera off and audio only are start-up settings: the webcam is never"
                            + " shared automatically and an audio-only join hides the webcam and"
                            + " offers listen-only, but the participant can still change their"
                            + " audio.",
                        "Join links have no expiry of their own; they work only for the meeting"
                                + " created for this session (createTime).",
                        "Self-hosted: you are the host, so a business associate agreement is needed"
                                + " only with your infrastructure providers."));
    }

    @Override
    public Room createRoom(RoomRequest request) {
        // Meetings whose session ended more than a day ago are not asked for again; OpenIOP keeps
        // its own record.
        long dayAgo = clock.instant().minusSeconds(86_400).getEpochSecond();
        rooms.values()
                .removeIf(
                        r ->
                                Long.parseLong(
                                                r.attributes()
                                                        .getOrDefault(
                                                                "end",
                                                                String.valueOf(Long.MAX_VALUE)))
                                        < dayAgo);
        return rooms.computeIfAbsent(request.sessionRef(), ref -> create(request));
    }

    private Room create(RoomRequest request) {
        String meetingId = randomId();
        Query query =
                new Query()
                        .add("name", NEUTRAL_NAME)
                        .add("meetingID", meetingId)
                        .add("record", request.recording())
                        .add("autoStartRecording", false)
                        .add("allowStartStopRecording", request.recording())
                        .add("guestPolicy", request.lobby() ? "ASK_MODERATOR" : "ALWAYS_ACCEPT")
                        .add("muteOnStart", true)
                        .add("maxParticipants", request.capacity())
                        .add("meetingKeepEvents", false)
                        // The learning dashboard keeps per-person activity; notes and transcription
                        // keep words.
                        .add(
                                "disabledFeatures",
                                "learningDashboard,sharedNotes,externalVideos,liveTranscription");
        if (settings.callbackUrl() != null) {
            String sep = settings.callbackUrl().contains("?") ? "&" : "?";
            query.add(
                    "meta_endCallbackUrl",
                    settings.callbackUrl() + sep + callbacks.endCallbackQuery(meetingId));
        }
        Map<String, String> answer = api.get("create", query);
        String createTime = answer.getOrDefault("createTime", "");
        return new Room(
                meetingId,
                request.sessionRef(),
                Map.of(
                        "recording",
                        request.recording() ? "on" : "off",
                        "createTime",
                        createTime,
                        "lobby",
                        String.valueOf(request.lobby()),
                        "end",
                        String.valueOf(request.end().getEpochSecond())));
    }

    /** 26 random base-32 characters: a meeting id nobody can guess or tie to a group. */
    static String randomId() {
        StringBuilder s = new StringBuilder(26);
        for (int i = 0; i < 26; i++) {
            s.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return s.toString();
    }

    @Override
    public JoinLink joinLink(JoinRequest request) {
        Room room = request.room();
        boolean moderator = request.role() == JoinRequest.Role.FACILITATOR;
        Query query =
                new Query()
                        .add("fullName", request.displayName())
                        .add("meetingID", room.roomId())
                        .add("role", moderator ? "MODERATOR" : "VIEWER")
                        .add("userID", request.participantRef());
        String createTime = room.attributes().getOrDefault("createTime", "");
        if (!createTime.isEmpty()) {
            query.add("createTime", createTime);
        }
        if (!moderator && Boolean.parseBoolean(room.attributes().getOrDefault("lobby", "true"))) {
            // guestPolicy applies to guests only: participants are guests, facilitators admit them.
            query.add("guest", true);
        }
        query.add("excludeFromDashboard", true)
                .add("userdata-bbb_auto_share_webcam", false)
                .add("userdata-bbb_record_video", false)
                .add("userdata-bbb_show_session_details_on_join", false);
        // The webcam is never shared automatically, so "camera off" needs nothing more; audio only
        // also hides the webcam and keeps BigBlueButton's listen-only option offered.
        if (request.audioOnly()) {
            query.add("userdata-bbb_enable_video", false)
                    .add("userdata-bbb_listen_only_mode", true);
        }
        URI url = settings.call("join", query);
        Instant expires = request.validUntil();
        String end = room.attributes().get("end");
        if (end != null) {
            Instant withGrace = Instant.ofEpochSecond(Long.parseLong(end)).plus(settings.grace());
            if (withGrace.isBefore(expires)) {
                expires = withGrace;
            }
        }
        if (!expires.isAfter(request.validFrom())) {
            throw new PluginException("The link's window ends before it starts.");
        }
        return new JoinLink(url, expires);
    }

    @Override
    public List<AttendanceEvent> readEvents(WebhookDelivery delivery) {
        return callbacks.read(delivery);
    }
}
