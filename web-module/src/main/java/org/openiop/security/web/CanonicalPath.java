package org.openiop.security.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one path every access decision is made on, and the request paths refused before any decision.
 *
 * <p>The container dispatches on the decoded, normalised path ({@code /%63onsole/../console/x}
 * reaches {@code /console/x}), while the raw request URI keeps whatever the client typed. Deciding
 * on the raw URI let {@code /%63onsole/participants/index.xhtml} past the sign-in rules. So
 * decisions use {@link #of} (servlet path plus path info, what the container dispatches on), and a
 * raw path that could be read two ways is refused outright by {@link #ambiguity}: no page or REST
 * route of OpenIOP needs an encoded character, a dot segment, an empty segment, a path parameter, a
 * backslash, a capital letter in its first segment or anything after a page's name.
 */
public final class CanonicalPath {

    /** First segments OpenIOP serves; a case variant of one of them is refused, not guessed at. */
    static final Set<String> TOP_LEVEL =
            Set.of(
                    "console",
                    "portal",
                    "api",
                    "signin",
                    "signout",
                    "error",
                    "health",
                    "metrics",
                    "openapi",
                    "jakarta.faces.resource",
                    "resources",
                    "index.xhtml");

    private static final String PAGE_SUFFIX = ".xhtml";

    private CanonicalPath() {}

    /**
     * The path inside the application that the container dispatches on: servlet path plus path
     * info.
     */
    public static String of(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
        return path.isEmpty() ? "/" : path;
    }

    /** Why this request's raw path is ambiguous, or empty when it is plain. */
    public static Optional<String> ambiguity(HttpServletRequest request) {
        return ambiguity(request.getRequestURI(), request.getContextPath());
    }

    /**
     * Why a raw request path (as sent, before the query) is ambiguous, or empty when it is plain.
     * The reason is for the server log and the tests; it names a rule, never echoes the path.
     */
    public static Optional<String> ambiguity(String rawUri, String contextPath) {
        if (rawUri == null || rawUri.isEmpty() || rawUri.charAt(0) != '/') {
            return Optional.of("not an absolute path");
        }
        for (int i = 0; i < rawUri.length(); i++) {
            char c = rawUri.charAt(i);
            if (c == '%') {
                return Optional.of("encoded character");
            }
            if (c == ';') {
                return Optional.of("path parameter");
            }
            if (c == '\\') {
                return Optional.of("backslash");
            }
            if (c <= 0x20 || c >= 0x7f) {
                return Optional.of("control or non-ASCII character");
            }
        }
        if (rawUri.contains("//")) {
            return Optional.of("empty segment");
        }
        String context = contextPath == null ? "" : contextPath;
        if (!rawUri.startsWith(context)) {
            return Optional.of("outside the application");
        }
        String inside = rawUri.substring(context.length());
        String[] segments = inside.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("dot segment");
            }
            if (segment.endsWith(PAGE_SUFFIX) && i < segments.length - 1) {
                // "/console/x.xhtml/" or ".../x.xhtml/more": the page mapping would ignore the
                // rest.
                return Optional.of("path after a page");
            }
        }
        if (segments.length > 1) {
            String first = segments[1];
            String lower = first.toLowerCase(Locale.ROOT);
            if (!first.equals(lower) && TOP_LEVEL.contains(lower)) {
                return Optional.of("letter case");
            }
        }
        return Optional.empty();
    }
}
