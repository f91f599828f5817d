package org.openiop.it.support;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A browser's cookie behaviour on localhost: cookies are per host (not per port), and Secure
 * cookies are sent over http://localhost, which browsers treat as a secure context. The JDK's
 * CookieManager withholds them, and Keycloak marks its login-session cookies Secure.
 */
final class LocalCookieJar extends CookieHandler {

    private final Map<String, Map<String, HttpCookie>> byHost = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        String header =
                byHost.getOrDefault(uri.getHost(), Map.of()).values().stream()
                        .filter(c -> !c.hasExpired())
                        .filter(c -> path.startsWith(c.getPath() == null ? "/" : c.getPath()))
                        .map(c -> c.getName() + "=" + c.getValue())
                        .collect(Collectors.joining("; "));
        return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
    }

    /** The value of a cookie held for a host, if any. */
    java.util.Optional<String> value(String host, String name) {
        return java.util.Optional.ofNullable(byHost.getOrDefault(host, Map.of()).get(name))
                .map(HttpCookie::getValue);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach(
                (name, values) -> {
                    if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                        for (String value : values) {
                            for (HttpCookie cookie : HttpCookie.parse(value)) {
                                Map<String, HttpCookie> jar =
                                        byHost.computeIfAbsent(
                                                uri.getHost(), h -> new ConcurrentHashMap<>());
                                if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                                    jar.remove(cookie.getName());
                                } else {
                                    jar.put(cookie.getName(), cookie);
                                }
                            }
                        }
                    }
                });
    }
}
