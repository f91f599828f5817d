package org.openiop.plugin.video.bigbluebutton;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openiop.plugin.spi.AttendanceEvent;
import org.openiop.plugin.spi.PluginException;
import org.openiop.plugin.spi.WebhookDelivery;

/**
 * What BigBlueButton sends back, verified before it is read.
 *
 * <ul>
 *   <li>bbb-webhooks POSTs a form ({@code domain}, {@code event} = a JSON array, {@code timestamp})
 *       to the registered callback URL with {@code checksum} = hex(H(callback URL + body + secret))
 *       appended to the query, or with {@code Authorization: Bearer <secret>} when configured for
 *       OAuth-style auth (bbb-webhooks src/out/webhooks/callback-emitter.js).
 *   <li>The end-meeting callback ({@code meta_endCallbackUrl}) is a GET to the URL given at create
 *       time. That URL carries {@code endOf} and our own checksum over it, so only BigBlueButton,
 *       which received it from us, can call it.
 * </ul>
 */
final class BbbCallbacks {

    static final String END_OF = "endOf";
    static final String END_SIGNATURE = "signature";

    private final BbbSettings settings;
    private final Clock clock;

    BbbCallbacks(BbbSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The query to append to the callback URL for a meeting's end-meeting callback. */
    String endCallbackQuery(String meetingId) {
        String q = new Query().add(END_OF, meetingId).toString();
        return q
                + "&"
                + END_SIGNATURE
                + "="
                + settings.checksum().call("end", q, settings.secret());
    }

    List<AttendanceEvent> read(WebhookDelivery delivery) {
        if (settings.callbackUrl() == null) {
            throw new PluginException(
                    "BigBlueButton callbacks are not set up: set callback-url to the address"
                            + " registered with bbb-webhooks.");
        }
        Map<String, String> query = Query.parse(delivery.query());
        if (query.containsKey(END_OF)) {
            return endOfMeeting(query);
        }
        verifyWebhook(delivery, query);
        Map<String, String> form = Query.parse(new String(delivery.body(), StandardCharsets.UTF_8));
        String events = form.get("event");
        if (events == null) {
            throw new PluginException(
                    "The BigBlueButton webhook is verified but has no event field.");
        }
        return events(events);
    }

    private List<AttendanceEvent> endOfMeeting(Map<String, String> query) {
        String meetingId = query.get(END_OF);
        String given = query.getOrDefault(END_SIGNATURE, "");
        String q = new Query().add(END_OF, meetingId).toString();
        if (!Checksum.matches(settings.checksum().call("end", q, settings.secret()), given)) {
            throw new PluginException("The end-meeting callback's checksum does not match.");
        }
        return List.of(
                new AttendanceEvent(
                        meetingId, null, AttendanceEvent.Type.ROOM_ENDED, clock.instant(), null));
    }

    private void verifyWebhook(WebhookDelivery delivery, Map<String, String> query) {
        String bearer = delivery.header("authorization").orElse("");
        if (bearer.startsWith("Bearer ")) {
            if (MessageDigest.isEqual(
                    bearer.substring(7).getBytes(StandardCharsets.UTF_8),
                    settings.secret().getBytes(StandardCharsets.UTF_8))) {
                return;
            }
            throw new PluginException(
                    "The BigBlueButton webhook's bearer token does not match the shared secret.");
        }
        String given = query.get("checksum");
        if (given == null || given.isEmpty()) {
            throw new PluginException("The BigBlueButton webhook has no checksum.");
        }
        // Only the configured algorithm: accepting whichever one the length suggests would let a
        // forger fall back to the weakest (SHA-1) whatever the operator chose.
        Checksum algorithm = settings.webhookChecksum();
        if (given.length() != algorithm.hexLength) {
            throw new PluginException(
                    "The BigBlueButton webhook's checksum is not "
                            + algorithm.jca
                            + ", the configured algorithm.");
        }
        String body = new String(delivery.body(), StandardCharsets.UTF_8);
        if (!Checksum.matches(
                algorithm.of(settings.callbackUrl() + body + settings.secret()), given)) {
            throw new PluginException(
                    "The BigBlueButton webhook's checksum does not match: wrong secret or callback "
                            + "address, or the body was changed.");
        }
    }

    private List<AttendanceEvent> events(String json) {
        JsonArray array;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            array =
                    value.getValueType() == JsonValue.ValueType.ARRAY
                            ? value.asJsonArray()
                            : Json.createArrayBuilder().add(value).build();
        } catch (JsonException | IllegalStateException e) {
            throw new PluginException("The BigBlueButton webhook's event field is not JSON.");
        }
        List<AttendanceEvent> out = new ArrayList<>();
        for (JsonValue v : array) {
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                continue;
            }
            JsonObject data = v.asJsonObject().getJsonObject("data");
            if (data == null) {
                continue;
            }
            AttendanceEvent.Type type =
                    switch (data.getString("id", "")) {
                        case "user-joined" -> AttendanceEvent.Type.JOINED;
                        case "user-left" -> AttendanceEvent.Type.LEFT;
                        case "meeting-ended" -> AttendanceEvent.Type.ROOM_ENDED;
                        case "meeting-recording-started" -> AttendanceEvent.Type.RECORDING_STARTED;
                        default -> null;
                    };
            JsonObject attributes = data.getJsonObject("attributes");
            JsonObject meeting = attributes == null ? null : attributes.getJsonObject("meeting");
            if (type == null
                    || meeting == null
                    || meeting.getString("external-meeting-id", "").isEmpty()) {
                continue;
            }
            JsonObject user = attributes.getJsonObject("user");
            String who = user == null ? null : user.getString("external-user-id", null);
            if (type == AttendanceEvent.Type.ROOM_ENDED
                    || type == AttendanceEvent.Type.RECORDING_STARTED) {
                who = null;
            }
            JsonObject event = data.getJsonObject("event");
            Instant at =
                    event != null && event.containsKey("ts")
                            ? Instant.ofEpochMilli(event.getJsonNumber("ts").longValue())
                            : clock.instant();
            out.add(
                    new AttendanceEvent(
                            meeting.getString("external-meeting-id"), who, type, at, null));
        }
        return out;
    }
}
