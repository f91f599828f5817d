package org.openiop.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.openiop.platform.rest.ErrorBody;

/**
 * Sign-in for the REST API: a Keycloak access token as a bearer token (RFC 6750), checked by {@link
 * AccessTokens} against the keys {@link OpenIdProvider} keeps. Because the keys are kept until
 * Keycloak rotates them, someone already signed in goes on working while Keycloak is down, until
 * their token expires. (Payara's own MicroProfile JWT mechanism re-reads the keys every five
 * minutes and refuses every token when that read fails.) It asks for no HTTP session.
 */
@ApplicationScoped
public class BearerSignIn {

    private static final Logger LOG = Logger.getLogger(BearerSignIn.class.getName());

    private static final String SCHEME = "bearer ";

    private static final long WARN_EVERY_MS = 60_000;

    private final AtomicLong lastWarned = new AtomicLong();

    @Inject KeycloakSettings settings;

    @Inject OpenIdProvider provider;

    AuthenticationStatus validate(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            // No token: anonymous. A protected resource then answers 401 with the challenge.
            return context.doNothing();
        }
        String token = authorization.substring(SCHEME.length()).strip();
        try {
            AccessTokens.Caller caller =
                    AccessTokens.verify(
                            token,
                            new AccessTokens.Expected(
                                    settings.getProviderUri(), settings.getClientId()),
                            provider::signingKey,
                            Instant.now());
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        } catch (SignInRefused refused) {
            if (refused.isUnavailable()) {
                // Anyone can send a token with a made-up key id: one line a minute at most.
                if (warnAgain()) {
                    LOG.warning(() -> "Bearer tokens cannot be checked: " + refused.getMessage());
                }
                return unavailable(response);
            }
            // The reason names the rule only; a client can send these at will, so not above FINE.
            LOG.fine(() -> "Refused a bearer token: " + refused.getMessage());
            return context.responseUnauthorized();
        }
    }

    private boolean warnAgain() {
        long now = System.currentTimeMillis();
        long last = lastWarned.get();
        return now - last >= WARN_EVERY_MS && lastWarned.compareAndSet(last, now);
    }

    /**
     * The token may well be good, but the keys to check it cannot be read: say so, rather than
     * calling a signed-in person's token invalid.
     */
    private static AuthenticationStatus unavailable(HttpServletResponse response)
            throws AuthenticationException {
        try {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write(
                            new ErrorBody(
                                            "Sign-in service unavailable",
                                            "OpenIOP cannot check access tokens until Keycloak"
                                                    + " answers again. Try again in a minute.")
                                    .toJson());
            response.flushBuffer();
            // The answer is written: tell the container not to go on to the resource.
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new AuthenticationException("Could not answer that sign-in is unavailable", e);
        }
    }
}
