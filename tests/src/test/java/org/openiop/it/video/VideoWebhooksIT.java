package org.openiop.it.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.BbbWebhooks;
import org.openiop.it.support.People;
import org.openiop.it.support.Target;

/**
 * Vendor webhooks at /api/video/{plugin}/events, with video-bigbluebutton configured by ./openiop
 * test (its secret in -Dbbb.secret): a delivery with the right checksum is accepted, one with a
 * wrong checksum is refused with 401 and logged without its body.
 */
class VideoWebhooksIT {

    @Test
    void aVerifiedDeliveryIsAcceptedAndAForgedOneRefusedAndLoggedWithoutItsBody() throws Exception {
        String secret = Target.required("bbb.secret");
        String good = BbbWebhooks.body("user-joined", "Quiet Harbor");
        HttpResponse<String> accepted =
                BbbWebhooks.deliver(good, BbbWebhooks.sha256(BbbWebhooks.CALLBACK + good + secret));
        assertEquals(202, accepted.statusCode(), accepted.body());
        assertEquals(
                "{\"events\":1,\"recorded\":0}",
                accepted.body(),
                "the room is not one of ours, so nothing is recorded");
        HttpResponse<String> replayed =
                BbbWebhooks.deliver(good, BbbWebhooks.sha256(BbbWebhooks.CALLBACK + good + secret));
        assertEquals(202, replayed.statusCode());
        assertEquals(
                "{\"events\":1,\"recorded\":0,\"replayed\":true}",
                replayed.body(),
                "the same delivery again does nothing");

        String weaker = BbbWebhooks.body("user-joined", "Quiet Harbor");
        HttpResponse<String> sha1 =
                BbbWebhooks.deliver(
                        weaker, BbbWebhooks.sha1(BbbWebhooks.CALLBACK + weaker + secret));
        assertEquals(
                401,
                sha1.statusCode(),
                "a right SHA-1 checksum, but the plugin is configured for SHA-256: " + sha1.body());

        String canary = "Forged-" + People.letters(10);
        String forged = BbbWebhooks.body("user-joined", canary);
        HttpResponse<String> refused =
                BbbWebhooks.deliver(
                        forged,
                        BbbWebhooks.sha1(BbbWebhooks.CALLBACK + forged + "a-guessed-secret"));
        assertEquals(401, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("signature or checksum does not match"), refused.body());
        assertFalse(refused.body().contains(canary));
        HttpResponse<String> unsigned = BbbWebhooks.deliver(forged, "");
        assertEquals(401, unsigned.statusCode());
        HttpResponse<String> unknown =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        Target.app()
                                                                + "/api/video/video-nonexistent/events"))
                                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, unknown.statusCode(), "an unknown plugin is not found");

        String log = Files.readString(Path.of(Target.required("openiop.app.log")));
        assertTrue(
                log.contains("Refused a webhook for video-bigbluebutton"), "the refusal is logged");
        assertFalse(log.contains(canary), "the refused body reached the log");

        String recording = BbbWebhooks.body("meeting-recording-started", "Quiet Harbor");
        assertEquals(
                202,
                BbbWebhooks.deliver(
                                recording,
                                BbbWebhooks.sha256(BbbWebhooks.CALLBACK + recording + secret))
                        .statusCode());
    }

    @Test
    void bigBlueButtonsEndOfMeetingCallIsAGetAndIsVerified() throws Exception {
        // The address the plugin gave at create (endOf and its checksum), with what BigBlueButton
        // appends.
        String meeting = "itendmeeting" + People.letters(8).toLowerCase();
        String query =
                "endOf="
                        + meeting
                        + "&signature="
                        + BbbWebhooks.sha256(
                                "end" + "endOf=" + meeting + Target.required("bbb.secret"))
                        + "&meetingID="
                        + meeting
                        + "&recordingmarks=false";
        HttpResponse<String> ended =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        Target.app()
                                                                + "/api/video/video-bigbluebutton/events?"
                                                                + query))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, ended.statusCode(), ended.body());
        assertEquals(
                "{\"events\":1,\"recorded\":0}",
                ended.body(),
                "a meeting that is not one of ours changes nothing");
        HttpResponse<String> forged =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        Target.app()
                                                                + "/api/video/video-bigbluebutton/events?"
                                                                + query.replace(
                                                                        "endOf=" + meeting,
                                                                        "endOf=someoneelse")))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, forged.statusCode());
    }

    @Test
    void aBodyOverTheLimitIs413WithoutBeingReadWhole() throws Exception {
        URI app = URI.create(Target.app());
        // Announce 1 MB, send 64 KB of it, and wait: the answer must come before the rest is sent.
        try (var socket = new java.net.Socket(app.getHost(), app.getPort())) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(
                    ("POST /api/video/video-bigbluebutton/events?checksum=00 HTTP/1.1\r\nHost: "
                                    + app.getHost()
                                    + "\r\n"
                                    + "Content-Type: application/x-www-form-urlencoded\r\n"
                                    + "Content-Length: "
                                    + (1 << 20)
                                    + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            String status =
                    new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", status, "answered while 960 KB were still unsent");
        }
        // Chunked, with no length announced: read only as far as the limit.
        HttpResponse<String> chunked =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        Target.app()
                                                                + "/api/video/video-bigbluebutton/events?checksum=00"))
                                        .POST(
                                                HttpRequest.BodyPublishers.ofInputStream(
                                                        () ->
                                                                new java.io.ByteArrayInputStream(
                                                                        new byte[1 << 20])))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertTrue(chunked.body().contains("at most 65536 bytes"), chunked.body());
    }
}
