package org.openiop.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * JaaS webhooks as 8x8 sends them to video-jitsi, signed with the secret ./openiop test gives
 * (-Djaas.secret) for the app it names (-Djaas.app).
 */
public final class JaasWebhooks {

    private JaasWebhooks() {}

    public static String body(String type, String room, String ref) {
        String data = ref == null ? "{}" : "{\"id\": \"" + ref + "\", \"name\": \"ignored\"}";
        return "{\"eventType\": \""
                + type
                + "\", \"fqn\": \""
                + Target.required("jaas.app")
                + "/"
                + room
                + "\", \"timestamp\": "
                + Instant.now().toEpochMilli()
                + ", \"data\": "
                + data
                + "}";
    }

    /**
     * A JaaS webhook signed as 8x8 signs it: X-Jaas-Signature
     * t=seconds,v1=Base64(HMAC-SHA256(secret, t + "." + body)).
     */
    public static HttpResponse<String> jaas(String type, String room, String ref) throws Exception {
        String body = body(type, room, ref);
        return deliver(body, sign(body));
    }

    public static String sign(String body) throws Exception {
        String t = String.valueOf(Instant.now().getEpochSecond());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(
                new SecretKeySpec(
                        Target.required("jaas.secret").getBytes(StandardCharsets.UTF_8),
                        "HmacSHA256"));
        mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
        return "t="
                + t
                + ",v1="
                + Base64.getEncoder()
                        .encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    public static HttpResponse<String> deliver(String body, String signature) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(Target.app() + "/api/video/video-jitsi/events"))
                                .header("Content-Type", "application/json")
                                .header("X-Jaas-Signature", signature)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
