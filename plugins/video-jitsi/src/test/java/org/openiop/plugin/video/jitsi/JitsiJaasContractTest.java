package org.openiop.plugin.video.jitsi;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openiop.plugin.spi.VideoProviderFactory;
import org.openiop.plugin.spi.WebhookDelivery;
import org.openiop.plugin.testkit.VideoProviderContract;

class JitsiJaasContractTest extends VideoProviderContract {

    @Override
    protected VideoProviderFactory newFactory() {
        return new JitsiVideoFactory();
    }

    @Override
    protected Map<String, String> configuration() {
        return Configs.jaas();
    }

    /** Signed, but with another secret. */
    @Override
    protected WebhookDelivery forgedDelivery() {
        String t = String.valueOf(System.currentTimeMillis() / 1000);
        byte[] body =
                "{\"eventType\":\"PARTICIPANT_JOINED\",\"fqn\":\"a/b\",\"timestamp\":1}"
                        .getBytes(StandardCharsets.UTF_8);
        String sig =
                java.util.Base64.getEncoder()
                        .encodeToString(
                                new JaasWebhooks(
                                                "not-the-secret".getBytes(StandardCharsets.UTF_8),
                                                java.time.Clock.systemUTC())
                                        .hmac(t, body));
        return new WebhookDelivery(
                Map.of(JaasWebhooks.HEADER, List.of("t=" + t + ",v1=" + sig)), "", body);
    }
}
