package org.openiop.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every OpenIOP response carries (OWASP ASVS 4.0.3 14.4.3-14.4.7 and 8.2.1). Faces
 * pages later get PrimeFaces' policy with a per-response script nonce instead of {@link
 * #STRICT_POLICY}. Applied by the sign-in mechanism too, because its redirects and 401s are written
 * before any servlet filter runs.
 */
public final class SecurityHeaders {

    public static final String CSP = "Content-Security-Policy";

    /** For JSON, redirects and anything not rendered by Faces: nothing may run or frame it. */
    public static final String STRICT_POLICY =
            "default-src 'none'; img-src 'self'; style-src 'self'; "
                    + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static final String HSTS = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {}

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(CSP, STRICT_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "geolocation=(), microphone=(), camera=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (!isStaticResource(request)) {
            // Pages and API answers may carry health information: never cache them (ASVS 8.2.1).
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        return request.getRequestURI()
                .startsWith(request.getContextPath() + "/jakarta.faces.resource/");
    }
}
