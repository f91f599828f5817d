package org.openiop.plugin.spi;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A webhook call as OpenIOP received it, for the plugin to verify and read.
 *
 * @param headers the HTTP headers, names in lower case
 * @param query the raw query string, or empty
 * @param body the raw body bytes
 */
public record WebhookDelivery(Map<String, List<String>> headers, String query, byte[] body) {

    public WebhookDelivery {
        headers = Map.copyOf(headers);
        query = query == null ? "" : query;
        Objects.requireNonNull(body, "body");
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
