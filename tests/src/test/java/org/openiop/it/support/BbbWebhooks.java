package org.openiop.it.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * bbb-webhooks deliveries to video-bigbluebutton, with the checksum over the callback address, the
 * body and the secret ./openiop test gives (-Dbbb.secret).
 */
public final class BbbWebhooks {

    private BbbWebhooks() {}

    public static final String CALLBACK =
            "https://openiop.example.org/api/video/video-bigbluebutton/events";

    public static String sha1(String text) throws Exception {
        return HexFormat.of()
                .formatHex(
                        MessageDigest.getInstance("SHA-1")
                                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The plugin's configured algorithm (its default): the only one its webhooks are accepted with.
     */
    public static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(
                        MessageDigest.getInstance("SHA-256")
                                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static HttpResponse<String> deliver(String body, String checksum) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                Target.app()
                                                        + "/api/video/video-bigbluebutton/events?checksum="
                                                        + checksum))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    public static String body(String eventId, String userName) {
        return body(eventId, "qwertyuiopasdfghjklzxcvbnm", "p-it-1", userName);
    }

    /**
     * A bbb-webhooks delivery of one event about a meeting (our room id) and a user (the
     * session-scoped id we gave).
     */
    public static String body(String eventId, String meetingId, String userId, String userName) {
        String event =
                "[{\"data\":{\"type\":\"event\",\"id\":\""
                        + eventId
                        + "\",\"attributes\":{\"meeting\":{\"internal-meeting-id\":"
                        + "\"x-1\",\"external-meeting-id\":\""
                        + meetingId
                        + "\"},\"user\":{\"internal-user-id\":\"w_1\","
                        + "\"external-user-id\":\""
                        + userId
                        + "\",\"name\":\""
                        + userName
                        + "\",\"role\":\"VIEWER\"}},\"event\":{\"ts\":"
                        + System.currentTimeMillis()
                        + "}}}]";
        return "domain=bbb.example.org&event="
                + URLEncoder.encode(event, StandardCharsets.UTF_8)
                + "&timestamp=1700000000000";
    }
}
