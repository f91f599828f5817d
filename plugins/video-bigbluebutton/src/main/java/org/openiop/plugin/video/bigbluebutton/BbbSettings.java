package org.openiop.plugin.video.bigbluebutton;

import java.net.URI;
import java.time.Duration;
import org.openiop.plugin.spi.PluginConfig;
import org.openiop.plugin.spi.PluginException;

/**
 * The plugin's configuration, read and checked once in {@code init}.
 *
 * @param api the API's address, ending in {@code /bigbluebutton/api}
 * @param secret the shared secret ({@code bbb-conf --secret})
 * @param checksum the algorithm for API calls and the end-meeting callback
 * @param webhookChecksum the only algorithm accepted on bbb-webhooks deliveries (its own setting,
 *     since bbb-webhooks is configured apart from the server; by default the same)
 * @param callbackUrl where BigBlueButton calls OpenIOP back (webhooks, end of meeting), or null
 * @param grace how long after a session's end its join links still work
 * @param timeout how long an API call may take
 */
record BbbSettings(
        String api,
        String secret,
        Checksum checksum,
        Checksum webhookChecksum,
        String callbackUrl,
        Duration grace,
        Duration timeout) {

    static BbbSettings read(PluginConfig config) {
        String api = apiAddress(config.require("server-url"));
        String secret = config.require("shared-secret").trim();
        if (secret.length() < 16) {
            throw new PluginException(
                    "The shared secret is shorter than 16 characters; copy it from 'bbb-conf"
                            + " --secret'.");
        }
        Checksum checksum = Checksum.named(config.get("checksum-algorithm").orElse("SHA-256"));
        Checksum webhookChecksum =
                config.get("webhook-checksum-algorithm")
                        .filter(s -> !s.isBlank())
                        .map(Checksum::named)
                        .orElse(checksum);
        String callback =
                config.get("callback-url").filter(s -> !s.isBlank()).map(String::trim).orElse(null);
        if (callback != null && !callback.matches("https?://.+")) {
            throw new PluginException("The callback address must be an http(s) address.");
        }
        return new BbbSettings(
                api,
                secret,
                checksum,
                webhookChecksum,
                callback,
                config.duration("grace", Duration.ofMinutes(15)),
                config.duration("timeout", Duration.ofSeconds(10)));
    }

    /**
     * Accepts the address 'bbb-conf --secret' prints (…/bigbluebutton/) or the API's own (…/api).
     */
    static String apiAddress(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new PluginException("The server address is not a URL: " + url);
        }
        if (uri.getHost() == null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new PluginException(
                    "The server address must be an http(s) address such as"
                            + " https://bbb.example.org/bigbluebutton/.");
        }
        String s = uri.toString().replaceAll("/+$", "");
        return s.endsWith("/api") ? s : s + "/api";
    }

    /** The URL of an API call, with its checksum. */
    URI call(String callName, Query query) {
        String q = query.toString();
        return URI.create(
                api + "/" + callName + "?" + q + "&checksum=" + checksum.call(callName, q, secret));
    }
}
