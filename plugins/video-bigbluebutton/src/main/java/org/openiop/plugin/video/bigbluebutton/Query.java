package org.openiop.plugin.video.bigbluebutton;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An API query string in the order the parameters were added, form-encoded (space as '+'). */
final class Query {

    private final StringBuilder text = new StringBuilder();

    Query add(String name, Object value) {
        if (text.length() > 0) {
            text.append('&');
        }
        text.append(name)
                .append('=')
                .append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** Reads a form-encoded string; the first value of a repeated name wins. */
    static Map<String, String> parse(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return values;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name =
                    URLDecoder.decode(
                            eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value =
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.putIfAbsent(name, value);
        }
        return values;
    }
}
