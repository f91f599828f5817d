package org.openiop.plugin.video.jitsi;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openiop.plugin.spi.AttendanceEvent;
import org.openiop.plugin.spi.PluginException;
import org.openiop.plugin.spi.WebhookDelivery;

/**
 * JaaS webhooks (developer.8x8.com/jaas/docs/webhooks-signatures and webhooks-payload). The {@code
 * X-Jaas-Signature} header reads {@code t=<seconds>,v1=<base64 HMAC-SHA256>}, computed over {@code
 * t + "." + body} with the endpoint's secret. Only v1 is read (older schemes would allow a
 * downgrade), and a timestamp far from now is refused so that a captured delivery cannot be
 * replayed.
 */
final class JaasWebhooks {

    static final String HEADER = "x-jaas-signature";
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final byte[] secret;
    private final Clock clock;

    JaasWebhooks(byte[] secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    List<AttendanceEvent> read(WebhookDelivery delivery) {
        verify(delivery);
        Map<String, Object> json;
        try {
            json = JSONObjectUtils.parse(new String(delivery.body(), StandardCharsets.UTF_8));
        } catch (ParseException e) {
            throw new PluginException("The JaaS webhook is signed but its body is not JSON.");
        }
        return events(json);
    }

    private void verify(WebhookDelivery delivery) {
        String header =
                delivery.header(HEADER)
                        .orElseThrow(
                                () ->
                                        new PluginException(
                                                "The JaaS webhook has no X-Jaas-Signature"
                                                        + " header."));
        String t = null;
        List<String> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = part.substring(0, eq).trim();
            String value = part.substring(eq + 1).trim();
            if (key.equals("t")) {
                t = value;
            } else if (key.equals("v1")) {
                signatures.add(value);
            }
        }
        if (t == null || !t.matches("\\d{1,12}") || signatures.isEmpty()) {
            throw new PluginException("The JaaS webhook's signature header is malformed.");
        }
        byte[] expected = hmac(t, delivery.body());
        boolean match = false;
        for (String s : signatures) {
            try {
                match |= MessageDigest.isEqual(expected, Base64.getDecoder().decode(s));
            } catch (IllegalArgumentException e) {
                // not Base64: cannot match
            }
        }
        if (!match) {
            throw new PluginException(
                    "The JaaS webhook's signature does not match: wrong secret, or the body was"
                            + " changed.");
        }
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(t));
        if (Duration.between(signedAt, clock.instant()).abs().compareTo(TOLERANCE) > 0) {
            throw new PluginException(
                    "The JaaS webhook was signed at "
                            + signedAt
                            + ", more than 5 minutes from now: refused as a replay.");
        }
    }

    byte[] hmac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<AttendanceEvent> events(Map<String, Object> json) {
        String type = string(json.get("eventType"));
        String fqn = string(json.get("fqn"));
        Object ts = json.get("timestamp");
        if (type == null || fqn == null || !(ts instanceof Number)) {
            throw new PluginException("The JaaS webhook lacks eventType, fqn or timestamp.");
        }
        // fqn is "<AppID>/<room>"; OpenIOP knows the room by its name.
        String room = fqn.substring(fqn.indexOf('/') + 1);
        Instant at = Instant.ofEpochMilli(((Number) ts).longValue());
        Object data = json.get("data");
        String who = data instanceof Map<?, ?> d ? string(d.get("id")) : null;
        AttendanceEvent.Type what =
                switch (type) {
                    case "PARTICIPANT_JOINED" -> AttendanceEvent.Type.JOINED;
                    case "PARTICIPANT_LEFT" -> AttendanceEvent.Type.LEFT;
                    case "ROOM_DESTROYED" -> AttendanceEvent.Type.ROOM_ENDED;
                    case "RECORDING_STARTED", "LIVE_STREAM_STARTED" ->
                            AttendanceEvent.Type.RECORDING_STARTED;
                    default -> null;
                };
        if (what == null) {
            return List.of();
        }
        if ((what == AttendanceEvent.Type.JOINED || what == AttendanceEvent.Type.LEFT)
                && who == null) {
            // Someone without a token's id: not one of ours (a guest let in by a moderator).
            return List.of(new AttendanceEvent(room, null, what, at, null));
        }
        return List.of(new AttendanceEvent(room, who, what, at, null));
    }

    private static String string(Object o) {
        return o instanceof String s && !s.isBlank() ? s : null;
    }
}
