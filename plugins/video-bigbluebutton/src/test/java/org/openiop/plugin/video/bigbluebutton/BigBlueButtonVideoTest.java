package org.openiop.plugin.video.bigbluebutton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.plugin.spi.AttendanceEvent;
import org.openiop.plugin.spi.JoinLink;
import org.openiop.plugin.spi.JoinRequest;
import org.openiop.plugin.spi.PluginException;
import org.openiop.plugin.spi.Room;
import org.openiop.plugin.spi.RoomRequest;
import org.openiop.plugin.spi.VideoProvider;
import org.openiop.plugin.spi.WebhookDelivery;
import org.openiop.plugin.testkit.TestContexts;

class BigBlueButtonVideoTest {

    static final Instant START = Instant.parse("2031-05-05T23:00:00Z");
    static final Instant END = START.plus(Duration.ofHours(3));
    static final Instant NOW = START.plusSeconds(600);
    static final String CALLBACK = "https://openiop.example.org/api/video/events";

    static FakeBigBlueButton bbb;

    @BeforeAll
    static void start() throws IOException {
        bbb = new FakeBigBlueButton();
    }

    @AfterAll
    static void stop() {
        bbb.close();
    }

    static VideoProvider provider(Map<String, String> extra) {
        Map<String, String> config = new HashMap<>(bbb.config());
        config.putAll(extra);
        BigBlueButtonFactory factory = new BigBlueButtonFactory();
        factory.init(TestContexts.of(config, Clock.fixed(NOW, ZoneOffset.UTC)));
        return factory.create();
    }

    static Room room(VideoProvider video, String session) {
        return video.createRoom(new RoomRequest(session, START, END, 12, true, false));
    }

    static JoinRequest join(Room room, JoinRequest.Role role, boolean audioOnly) {
        return new JoinRequest(
                room,
                "p-5c1e",
                "Quiet Harbor",
                role,
                true,
                audioOnly,
                START.minusSeconds(900),
                END.plusSeconds(7200));
    }

    static Map<String, String> lastCall(String call) {
        for (int i = bbb.queries.size() - 1; i >= 0; i--) {
            if (bbb.queries.get(i).startsWith(call + "?")) {
                return Query.parse(bbb.queries.get(i).substring(call.length() + 1));
            }
        }
        throw new AssertionError("no " + call + " call");
    }

    @Test
    void createAsksForARandomNeutralMeetingWithRecordingOffAndTheWaitingRoomOn() {
        VideoProvider video = provider(Map.of());
        Room room = room(video, "openiop-session-1");
        Map<String, String> create = lastCall("create");
        assertEquals(room.roomId(), create.get("meetingID"));
        assertTrue(room.roomId().matches("[a-z2-7]{26}"), room.roomId());
        assertEquals("Meeting", create.get("name"));
        assertEquals("false", create.get("record"));
        assertEquals("false", create.get("autoStartRecording"));
        assertEquals("false", create.get("allowStartStopRecording"));
        assertEquals("ASK_MODERATOR", create.get("guestPolicy"));
        assertEquals(64, create.get("checksum").length(), "SHA-256 by default");
        assertTrue(
                create.get("meta_endCallbackUrl")
                        .startsWith(CALLBACK + "?endOf=" + room.roomId() + "&signature="));
        assertEquals("off", room.attributes().get("recording"));
        assertFalse(
                room.attributes().get("createTime").isEmpty(),
                "the meeting's createTime binds join links to it");
        // Asked again for the same session: the same meeting, no second create.
        int calls = bbb.queries.size();
        assertEquals(room, room(video, "openiop-session-1"));
        assertEquals(calls, bbb.queries.size());
    }

    @Test
    void theConfiguredChecksumAlgorithmIsUsedAndAWrongSecretIsReportedAsSuch() {
        VideoProvider sha512 = provider(Map.of("checksum-algorithm", "SHA-512"));
        room(sha512, "openiop-session-2");
        assertEquals(128, lastCall("create").get("checksum").length());
        VideoProvider sha1 = provider(Map.of("checksum-algorithm", "sha1"));
        room(sha1, "openiop-session-2b");
        assertEquals(40, lastCall("create").get("checksum").length());

        VideoProvider wrong = provider(Map.of("shared-secret", "not-the-servers-secret"));
        PluginException e =
                assertThrows(PluginException.class, () -> room(wrong, "openiop-session-3"));
        assertTrue(e.getMessage().contains("checksumError"), e.getMessage());
    }

    @Test
    void joinLinksCarryThePseudonymTheSessionIdAndTheRoleAndNeverShareTheWebcam() {
        VideoProvider video = provider(Map.of());
        Room room = room(video, "openiop-session-4");
        JoinLink link = video.joinLink(join(room, JoinRequest.Role.PARTICIPANT, false));
        URI url = link.url();
        assertTrue(url.toString().startsWith(bbb.url() + "api/join?"), url.toString());
        String raw = url.getRawQuery();
        int at = raw.lastIndexOf("&checksum=");
        assertEquals(
                Checksum.SHA256.call("join", raw.substring(0, at), FakeBigBlueButton.SECRET),
                raw.substring(at + 10));
        Map<String, String> q = Query.parse(raw);
        assertEquals("Quiet Harbor", q.get("fullName"));
        assertEquals("p-5c1e", q.get("userID"));
        assertEquals("VIEWER", q.get("role"));
        assertEquals("true", q.get("guest"));
        assertEquals(room.attributes().get("createTime"), q.get("createTime"));
        assertEquals("false", q.get("userdata-bbb_auto_share_webcam"));
        assertNull(q.get("userdata-bbb_enable_video"));
        // Capped at the end plus the 15-minute default grace, though the host allowed two hours.
        assertEquals(END.plus(Duration.ofMinutes(15)), link.expiresAt());

        Map<String, String> facilitator =
                Query.parse(
                        video.joinLink(join(room, JoinRequest.Role.FACILITATOR, false))
                                .url()
                                .getRawQuery());
        assertEquals("MODERATOR", facilitator.get("role"));
        assertNull(facilitator.get("guest"), "facilitators are not held in the waiting room");

        Map<String, String> audio =
                Query.parse(
                        video.joinLink(join(room, JoinRequest.Role.PARTICIPANT, true))
                                .url()
                                .getRawQuery());
        assertEquals("false", audio.get("userdata-bbb_enable_video"));
        assertEquals("true", audio.get("userdata-bbb_listen_only_mode"));
    }

    static String event(String id, String meeting, String user) {
        return "{\"data\":{\"type\":\"event\",\"id\":\""
                + id
                + "\",\"attributes\":{\"meeting\":{\"internal-meeting-id\":\"038b-1\","
                + "\"external-meeting-id\":\""
                + meeting
                + "\"}"
                + (user == null
                        ? ""
                        : ",\"user\":{\"internal-user-id\":\"w_1few\","
                                + "\"external-user-id\":\""
                                + user
                                + "\",\"name\":\"Quiet"
                                + " Harbor\",\"role\":\"VIEWER\",\"presenter\":\"false\"}")
                + "},\"event\":{\"ts\":"
                + NOW.toEpochMilli()
                + "}}}";
    }

    /**
     * A delivery as bbb-webhooks sends it: a form body, and the checksum appended to the callback
     * URL.
     */
    static WebhookDelivery webhook(String eventJson, String secret, Checksum algorithm) {
        String body =
                "domain=bbb.example.org&event="
                        + URLEncoder.encode("[" + eventJson + "]", StandardCharsets.UTF_8)
                        + "&timestamp="
                        + NOW.toEpochMilli();
        String checksum = algorithm.of(CALLBACK + body + secret);
        return new WebhookDelivery(
                Map.of("content-type", List.of("application/x-www-form-urlencoded")),
                "checksum=" + checksum,
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void verifiedWebhooksBecomeAttendanceAndARecordingStartIsReportedAsSuch() {
        VideoProvider video = provider(Map.of());
        assertEquals(
                List.of(
                        new AttendanceEvent(
                                "m1", "p-5c1e", AttendanceEvent.Type.JOINED, NOW, null)),
                video.readEvents(
                        webhook(
                                event("user-joined", "m1", "p-5c1e"),
                                FakeBigBlueButton.SECRET,
                                Checksum.SHA256)));
        assertEquals(
                AttendanceEvent.Type.LEFT,
                video.readEvents(
                                webhook(
                                        event("user-left", "m1", "p-5c1e"),
                                        FakeBigBlueButton.SECRET,
                                        Checksum.SHA256))
                        .get(0)
                        .type());
        assertEquals(
                List.of(
                        new AttendanceEvent(
                                "m1", null, AttendanceEvent.Type.RECORDING_STARTED, NOW, null)),
                video.readEvents(
                        webhook(
                                event("meeting-recording-started", "m1", null),
                                FakeBigBlueButton.SECRET,
                                Checksum.SHA256)));
        assertEquals(
                AttendanceEvent.Type.ROOM_ENDED,
                video.readEvents(
                                webhook(
                                        event("meeting-ended", "m1", null),
                                        FakeBigBlueButton.SECRET,
                                        Checksum.SHA256))
                        .get(0)
                        .type());
        assertEquals(
                List.of(),
                video.readEvents(
                        webhook(
                                event("user-emoji-changed", "m1", "p-5c1e"),
                                FakeBigBlueButton.SECRET,
                                Checksum.SHA256)));
        WebhookDelivery bearer =
                new WebhookDelivery(
                        Map.of("authorization", List.of("Bearer " + FakeBigBlueButton.SECRET)),
                        "",
                        ("event="
                                        + URLEncoder.encode(
                                                "[" + event("user-joined", "m1", "p-2") + "]",
                                                StandardCharsets.UTF_8))
                                .getBytes(StandardCharsets.UTF_8));
        assertEquals("p-2", video.readEvents(bearer).get(0).participantRef());
    }

    @Test
    void aWrongChecksumOrAChangedBodyIsRefusedWithoutRepeatingTheBody() {
        VideoProvider video = provider(Map.of());
        PluginException wrong =
                assertThrows(
                        PluginException.class,
                        () ->
                                video.readEvents(
                                        webhook(
                                                event("user-joined", "m1", "p-5c1e"),
                                                "another-secret-entirely",
                                                Checksum.SHA256)));
        assertFalse(
                wrong.getMessage().contains("Quiet Harbor")
                        || wrong.getMessage().contains("p-5c1e"),
                wrong.getMessage());
        WebhookDelivery good =
                webhook(
                        event("user-joined", "m1", "p-5c1e"),
                        FakeBigBlueButton.SECRET,
                        Checksum.SHA256);
        WebhookDelivery changed =
                new WebhookDelivery(
                        good.headers(),
                        good.query(),
                        new String(good.body(), StandardCharsets.UTF_8)
                                .replace("p-5c1e", "p-9999")
                                .getBytes(StandardCharsets.UTF_8));
        assertThrows(PluginException.class, () -> video.readEvents(changed));
        WebhookDelivery badBearer =
                new WebhookDelivery(
                        Map.of("authorization", List.of("Bearer guess")), "", good.body());
        assertThrows(PluginException.class, () -> video.readEvents(badBearer));
    }

    @Test
    void onlyTheConfiguredWebhookChecksumAlgorithmIsAccepted() {
        String joined = event("user-joined", "m1", "p-5c1e");
        PluginException weaker =
                assertThrows(
                        PluginException.class,
                        () ->
                                provider(Map.of())
                                        .readEvents(
                                                webhook(
                                                        joined,
                                                        FakeBigBlueButton.SECRET,
                                                        Checksum.SHA1)));
        assertTrue(
                weaker.getMessage().contains("SHA-256"),
                "a right SHA-1 checksum is refused when SHA-256 is configured: "
                        + weaker.getMessage());
        assertThrows(
                PluginException.class,
                () ->
                        provider(Map.of())
                                .readEvents(
                                        webhook(joined, FakeBigBlueButton.SECRET, Checksum.SHA512)),
                "nor a stronger one");
        VideoProvider sha1Hooks = provider(Map.of("webhook-checksum-algorithm", "SHA-1"));
        assertEquals(
                1,
                sha1Hooks
                        .readEvents(webhook(joined, FakeBigBlueButton.SECRET, Checksum.SHA1))
                        .size(),
                "bbb-webhooks set to SHA-1, and the plugin told so");
        assertThrows(
                PluginException.class,
                () ->
                        sha1Hooks.readEvents(
                                webhook(joined, FakeBigBlueButton.SECRET, Checksum.SHA256)));
    }

    @Test
    void theEndMeetingCallbackIsVerifiedByTheChecksumGivenAtCreate() {
        VideoProvider video = provider(Map.of());
        Room room = room(video, "openiop-session-5");
        String endUrl = lastCall("create").get("meta_endCallbackUrl");
        // BigBlueButton appends its own parameters to the URL it was given.
        String query =
                URI.create(endUrl).getRawQuery()
                        + "&meetingID="
                        + room.roomId()
                        + "&recordingmarks=false";
        List<AttendanceEvent> ended =
                video.readEvents(new WebhookDelivery(Map.of(), query, new byte[0]));
        assertEquals(
                List.of(
                        new AttendanceEvent(
                                room.roomId(), null, AttendanceEvent.Type.ROOM_ENDED, NOW, null)),
                ended);
        String forged = query.replace("endOf=" + room.roomId(), "endOf=aaaaaaaaaaaaaaaaaaaaaaaaaa");
        assertThrows(
                PluginException.class,
                () -> video.readEvents(new WebhookDelivery(Map.of(), forged, new byte[0])));
    }
}
