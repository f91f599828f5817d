package org.openiop.plugin.video.jitsi;

import java.util.Map;

/** Working configurations for both modes. */
final class Configs {

    static final String SECRET = "0123456789abcdef0123456789abcdef-prosody";
    static final String APP_ID = "vpaas-magic-cookie-1fc542a3e4414a44b2611668195e2bfe";
    static final String WEBHOOK_SECRET = "whsec-test-7b1d";

    private Configs() {}

    static Map<String, String> selfHosted() {
        return Map.of(
                "server-url",
                "https://meet.example.org",
                "app-id",
                "openiop",
                "app-secret",
                SECRET,
                "grace",
                "PT10M");
    }

    static Map<String, String> jaas() {
        return Map.of(
                "mode",
                "jaas",
                "app-id",
                APP_ID,
                "key-id",
                APP_ID + "/4f4910",
                "private-key",
                Keys.privatePem(),
                "webhook-secret",
                WEBHOOK_SECRET);
    }
}
