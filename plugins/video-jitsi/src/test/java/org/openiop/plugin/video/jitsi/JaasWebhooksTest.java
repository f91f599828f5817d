package org.openiop.plugin.video.jitsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openiop.plugin.spi.AttendanceEvent;
import org.openiop.plugin.spi.PluginException;
import org.openiop.plugin.spi.VideoProvider;
import org.openiop.plugin.spi.WebhookDelivery;
import org.openiop.plugin.testkit.TestContexts;

class JaasWebhooksTest {

    static final Instant NOW = Instant.parse("2031-05-05T23:05:00Z");

    static VideoProvider jaas() {
        JitsiVideoFactory factory = new JitsiVideoFactory();
        factory.init(TestContexts.of(Configs.jaas(), Clock.fixed(NOW, ZoneOffset.UTC)));
        return factory.create();
    }

    static String body(String type, String id) {
        // Shaped like the examples on developer.8x8.com/jaas/docs/webhooks-payload.
        return "{\"idempotencyKey\":\"d11f155d-ced5-4a7e-b6d9-aaa135c64f65\",\"customerId\":\"1fc542a3e4414a44b2611668195e2bfe\","
                   + "\"appId\":\""
                + Configs.APP_ID
                + "\",\"eventType\":\""
                + type
                + "\",\"sessionId\":\"c3348153-1027\","
                + "\"timestamp\":"
                + NOW.minusSeconds(3).toEpochMilli()
                + ",\"fqn\":\""
                + Configs.APP_ID
                + "/rabcdefghijkl\","
                + "\"data\":{\"moderator\":\"false\",\"name\":\"Quiet Harbor\",\"id\":\""
                + id
                + "\",\"participantJid\":\"x@y\"}}";
    }

    static WebhookDelivery signed(String body, String secret, Instant at) {
        String t = String.valueOf(at.getEpochSecond());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String sig =
                Base64.getEncoder()
                        .encodeToString(
                                new JaasWebhooks(
                                                secret.getBytes(StandardCharsets.UTF_8),
                                                Clock.systemUTC())
                                        .hmac(t, bytes));
        return new WebhookDelivery(
                Map.of("x-jaas-signature", List.of("t=" + t + ",v1=" + sig)), "", bytes);
    }

    @Test
    void signedJoinsAndLeavesBecomeAttendanceForTheSessionScopedId() {
        VideoProvider video = jaas();
        List<AttendanceEvent> joined =
                video.readEvents(
                        signed(body("PARTICIPANT_JOINED", "p-42"), Configs.WEBHOOK_SECRET, NOW));
        assertEquals(
                List.of(
                        new AttendanceEvent(
                                "rabcdefghijkl",
                                "p-42",
                                AttendanceEvent.Type.JOINED,
                                NOW.minusSeconds(3),
                                null)),
                joined);
        assertEquals(
                AttendanceEvent.Type.LEFT,
                video.readEvents(
                                signed(
                                        body("PARTICIPANT_LEFT", "p-42"),
                                        Configs.WEBHOOK_SECRET,
                                        NOW))
                        .get(0)
                        .type());
        assertEquals(
                AttendanceEvent.Type.RECORDING_STARTED,
                video.readEvents(
                                signed(
                                        body("RECORDING_STARTED", "p-42"),
                                        Configs.WEBHOOK_SECRET,
                                        NOW))
                        .get(0)
                        .type());
        assertEquals(
                List.of(),
                video.readEvents(
                        signed(body("CHAT_UPLOADED", "p-42"), Configs.WEBHOOK_SECRET, NOW)));
    }

    @Test
    void aWrongSignatureAChangedBodyOrAnOldTimestampIsRefusedWithoutRepeatingTheBody() {
        VideoProvider video = jaas();
        String body = body("PARTICIPANT_JOINED", "p-42");
        PluginException wrong =
                assertThrows(
                        PluginException.class,
                        () -> video.readEvents(signed(body, "another-secret", NOW)));
        assertFalse(
                wrong.getMessage().contains("Quiet Harbor") || wrong.getMessage().contains("p-42"),
                wrong.getMessage());

        WebhookDelivery good = signed(body, Configs.WEBHOOK_SECRET, NOW);
        WebhookDelivery changed =
                new WebhookDelivery(
                        good.headers(),
                        "",
                        body.replace("p-42", "p-43").getBytes(StandardCharsets.UTF_8));
        assertThrows(PluginException.class, () -> video.readEvents(changed));

        PluginException replay =
                assertThrows(
                        PluginException.class,
                        () ->
                                video.readEvents(
                                        signed(
                                                body,
                                                Configs.WEBHOOK_SECRET,
                                                NOW.minusSeconds(3600))));
        assertTrue(replay.getMessage().contains("replay"), replay.getMessage());

        WebhookDelivery unsigned =
                new WebhookDelivery(Map.of(), "", body.getBytes(StandardCharsets.UTF_8));
        assertThrows(PluginException.class, () -> video.readEvents(unsigned));
        WebhookDelivery v0only =
                new WebhookDelivery(
                        Map.of(
                                "x-jaas-signature",
                                List.of(
                                        good.header("x-jaas-signature")
                                                .get()
                                                .replace("v1=", "v0="))),
                        "",
                        good.body());
        assertThrows(
                PluginException.class,
                () -> video.readEvents(v0only),
                "only the v1 scheme is accepted");
    }
}
