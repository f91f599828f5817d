package org.openiop.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openiop.platform.boundary.Role;

/**
 * Browser sign-in for the console and portal: OpenID Connect's authorization code flow with PKCE
 * (S256), state and nonce, against Keycloak. Payara's own OpenID Connect client cannot send a code
 * challenge, so OpenIOP runs the flow itself; the cryptography is the JDK's.
 *
 * <ol>
 *   <li>A protected page without a sign-in: a fresh state, nonce and PKCE verifier wait in the HTTP
 *       session, and the browser goes to Keycloak with the state, nonce and challenge.
 *   <li>The callback: the state must be one this browser started (once, within ten minutes); the
 *       code is exchanged over the back channel with the verifier and the client secret; the ID
 *       token must pass {@link IdTokens}. Then a new session id, and the caller is known to the
 *       container.
 *   <li>Every later request is served from the session; once the access token Keycloak issued with
 *       the sign-in has expired, or {@code openiop.signin.recheck-seconds} (60) have passed,
 *       whichever is first, the refresh token asks Keycloak again. If Keycloak refuses (account
 *       disabled or deleted, its sessions ended there) the local session ends at once; if Keycloak
 *       cannot be reached, the sign-in stands and is asked about again half a minute later, so that
 *       an outage does not throw a clinician out of a running session. The roles are taken afresh
 *       at each renewal.
 *   <li>Idle logoff (HIPAA 45 CFR 164.312(a)(2)(iii)): a page that polls on its own (a p:poll whose
 *       id ends in {@code -poll}) is not activity. After {@code openiop.session.idle-seconds} (900)
 *       without anything else, the next request ends the session here and at Keycloak, and the
 *       browser is shown the "session has ended" page.
 * </ol>
 */
@ApplicationScoped
public class BrowserSignIn {

    private static final Logger LOG = Logger.getLogger(BrowserSignIn.class.getName());

    /** Where Keycloak sends the browser back with the authorization code. */
    public static final String CALLBACK_PATH = "/signin/callback";

    static final String SIGN_IN_FAILED = "/error/signin-failed.xhtml";

    /**
     * Renew a little before Keycloak's access token expires, so that renewal never lags behind it.
     */
    private static final Duration RENEW_EARLY = Duration.ofSeconds(10);

    private static final Duration RETRY_UNAVAILABLE = Duration.ofSeconds(30);

    /**
     * A participant who wants a second factor comes here from the portal: Keycloak has them set up
     * a one-time code (its CONFIGURE_TOTP action) and sends them back signed in.
     */
    public static final String ADD_SECOND_FACTOR_PATH = "/signin/second-factor";

    /** A poll's component id ends so: its requests do not count as someone using the page. */
    static final String POLL_SUFFIX = "-poll";

    static final String SESSION_ENDED = "/error/expired.xhtml";

    @Inject OpenIdProvider provider;

    @Inject
    @ConfigProperty(name = "openiop.session.idle-seconds", defaultValue = "900")
    long idleSeconds;

    @Inject
    @ConfigProperty(name = "openiop.signin.recheck-seconds", defaultValue = "60")
    long recheckSeconds;

    private final SecureRandom random = new SecureRandom();

    /**
     * Thrown up to {@link OpenIopAuthentication} when Keycloak cannot be reached to sign someone
     * in.
     */
    static final class KeycloakUnreachable extends Exception {
        private static final long serialVersionUID = 1L;

        KeycloakUnreachable(SignInRefused cause) {
            super(cause.getMessage(), cause);
        }
    }

    static boolean isCallback(HttpServletRequest request) {
        return CanonicalPath.of(request).equals(CALLBACK_PATH);
    }

    /** Whether this browser's session holds a sign-in. */
    static boolean isSignedIn(HttpServletRequest request) {
        return current(request).isPresent();
    }

    /** The ID token of the browser's sign-in, for the end-session hint. */
    static Optional<String> idToken(HttpServletRequest request) {
        return current(request).map(SignedInSession::idToken);
    }

    private static Optional<SignedInSession> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return Optional.ofNullable(
                session == null
                        ? null
                        : (SignedInSession) session.getAttribute(SignedInSession.ATTRIBUTE));
    }

    /**
     * Decides a page request: finishes a sign-in on the callback, serves a signed-in session
     * (renewing it when due), sends a protected page's visitor to Keycloak, and lets anyone else
     * through as anonymous.
     */
    AuthenticationStatus validate(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            boolean signInRequired)
            throws IOException, KeycloakUnreachable {
        if (isCallback(request) && request.getParameter("state") != null) {
            return finish(request, response, context);
        }
        Optional<SignedInSession> known = current(request);
        if (known.isPresent()
                && known.get().isIdle(Instant.now(), Duration.ofSeconds(idleSeconds))) {
            return endIdle(request, response, context, known.get());
        }
        Optional<SignedInSession> signedIn = known.filter(s -> stillValid(request, s));
        if (signedIn.isPresent()) {
            if (!isPoll(request)) {
                signedIn.get().touched(Instant.now());
            }
            if (CanonicalPath.of(request).equals(ADD_SECOND_FACTOR_PATH)
                    && signedIn.get().groups().contains(Role.PARTICIPANT.realmName())) {
                return start(request, response, context, "CONFIGURE_TOTP", "/portal/");
            }
            return context.notifyContainerAboutLogin(
                    signedIn.get().username(), signedIn.get().groups());
        }
        if (!signInRequired) {
            return context.doNothing();
        }
        return start(request, response, context, null, null);
    }

    // ---- 1. start ---------------------------------------------------------------------------

    private AuthenticationStatus start(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            String kcAction,
            String returnAfterAction)
            throws IOException, KeycloakUnreachable {
        Pkce pkce = Pkce.create(random);
        boolean facesAjax = isFacesAjax(request);
        // Come back to the page asked for; after an Ajax request or a form post, to the page
        // itself.
        String returnTo =
                returnAfterAction != null
                        ? returnAfterAction
                        : "GET".equals(request.getMethod()) && !facesAjax
                                ? SignInCallbackServlet.localTarget(request)
                                : CanonicalPath.of(request);
        var pending =
                new PendingSignIns.Pending(
                        Pkce.randomToken(random),
                        Pkce.randomToken(random),
                        pkce.verifier(),
                        returnTo,
                        Instant.now());
        URI keycloak;
        try {
            keycloak =
                    provider.authorizationRequest(
                            redirectUri(request),
                            pending.state(),
                            pending.nonce(),
                            pkce.challenge(),
                            kcAction);
        } catch (SignInRefused e) {
            throw new KeycloakUnreachable(e);
        }
        pendingOf(request.getSession(true)).add(pending);
        return redirect(request, response, context, keycloak.toString());
    }

    /** A redirect the browser follows whether the request was a page or a Faces Ajax request. */
    private static AuthenticationStatus redirect(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            String location)
            throws IOException {
        if (isFacesAjax(request)) {
            // An Ajax request cannot follow a redirect to another site; Faces' own redirect can.
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(
                            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect"
                                    + " url=\""
                                    + location.replace("&", "&amp;")
                                    + "\"/></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(location);
    }

    private static boolean isFacesAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** A Faces Ajax request sent by a poll component, not by a person. */
    static boolean isPoll(HttpServletRequest request) {
        String source = isFacesAjax(request) ? request.getParameter("jakarta.faces.source") : null;
        return source != null
                && source.substring(source.lastIndexOf(':') + 1).endsWith(POLL_SUFFIX);
    }

    private static PendingSignIns pendingOf(HttpSession session) {
        PendingSignIns pending = (PendingSignIns) session.getAttribute(PendingSignIns.ATTRIBUTE);
        if (pending == null) {
            pending = new PendingSignIns();
        }
        // Set again each time: a replicated session notices only attributes that are set.
        session.setAttribute(PendingSignIns.ATTRIBUTE, pending);
        return pending;
    }

    // ---- 2. finish --------------------------------------------------------------------------

    private AuthenticationStatus finish(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws IOException, KeycloakUnreachable {
        HttpSession session = request.getSession(false);
        Optional<PendingSignIns.Pending> pending =
                session == null
                        ? Optional.empty()
                        : pendingOf(session).take(request.getParameter("state"), Instant.now());
        if (pending.isEmpty()) {
            // Used twice, too old, or never started here (a code planted by someone else): nothing
            // to
            // finish. Someone already signed in (the back button) simply stays so, and goes home.
            Optional<SignedInSession> signedIn = current(request);
            if (signedIn.isPresent()) {
                return context.notifyContainerAboutLogin(
                        signedIn.get().username(), signedIn.get().groups());
            }
            return failed(request, response, "unknown state (" + whyUnknown(session) + ")");
        }
        String code = request.getParameter("code");
        if (request.getParameter("error") != null && isSignedIn(request)) {
            // A signed-in person turned back from an action Keycloak ran for them (adding a second
            // factor).
            return redirect(
                    request,
                    response,
                    context,
                    request.getContextPath() + pending.get().returnTo());
        }
        if (code == null || request.getParameter("error") != null) {
            // Keycloak's error code names no one ("access_denied", "temporarily_unavailable").
            return failed(
                    request,
                    response,
                    "Keycloak sent back "
                            + Objects.requireNonNullElse(request.getParameter("error"), "no code"));
        }
        try {
            OpenIdProvider.Tokens tokens =
                    provider.exchange(code, redirectUri(request), pending.get().verifier());
            JsonObject claims =
                    IdTokens.verify(
                            tokens.idToken(),
                            expected(pending.get().nonce()),
                            provider::signingKey,
                            Instant.now());
            Instant now = Instant.now();
            var signedIn =
                    new SignedInSession(
                            claims.getString("preferred_username"),
                            claims.getString("sub"),
                            groups(claims),
                            tokens.idToken(),
                            tokens.refreshToken(),
                            nextRenewal(tokens, now),
                            now);
            // A new session id once signed in, so that one planted before cannot ride along (ASVS
            // 3.2.1).
            request.changeSessionId();
            session.setAttribute(SignedInSession.ATTRIBUTE, signedIn);
            session.setAttribute(SignInCallbackServlet.RETURN_TO, pending.get().returnTo());
            return context.notifyContainerAboutLogin(signedIn.username(), signedIn.groups());
        } catch (SignInRefused e) {
            if (e.isUnavailable()) {
                throw new KeycloakUnreachable(e);
            }
            return failed(request, response, e.getMessage());
        }
    }

    private IdTokens.Expected expected(String nonce) throws SignInRefused {
        return new IdTokens.Expected(provider.endpoints().issuer(), provider.clientId(), nonce);
    }

    private static List<String> groups(JsonObject claims) {
        var groups = claims.getJsonArray("groups");
        return groups == null
                ? List.of()
                : groups.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /**
     * A callback that cannot complete: 400 and a page that says to start again. Nobody is signed in
     * by it.
     */
    /**
     * Why a callback's state matched nothing, for the log (it names no one): behind a balancer, a
     * callback that reaches another server than the one the sign-in started on has no session.
     */
    private static String whyUnknown(HttpSession session) {
        if (session == null) {
            return "no session came back with the callback";
        }
        int waiting = pendingOf(session).size();
        return waiting == 0
                ? "the session has no sign-in waiting"
                : "none of the session's "
                        + waiting
                        + " waiting sign-ins has that state, or it"
                        + " is over ten minutes old";
    }

    private static AuthenticationStatus failed(
            HttpServletRequest request, HttpServletResponse response, String reason)
            throws IOException {
        LOG.info(() -> "A sign-in was not completed: " + reason);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        try {
            request.getRequestDispatcher(SIGN_IN_FAILED).forward(request, response);
        } catch (jakarta.servlet.ServletException e) {
            throw new IOException("Could not show the sign-in failed page", e);
        }
        // The response is written: tell the container not to go on to the resource.
        return AuthenticationStatus.SEND_CONTINUE;
    }

    // ---- 3. renew ---------------------------------------------------------------------------

    /**
     * Whether the session's sign-in still holds, renewing it with Keycloak when it is due. A
     * sign-in Keycloak no longer renews ends here, with its HTTP session.
     */
    private boolean stillValid(HttpServletRequest request, SignedInSession signedIn) {
        Instant now = Instant.now();
        if (!signedIn.isDueForRenewal(now)) {
            return true;
        }
        synchronized (signedIn) {
            if (!signedIn.isDueForRenewal(now)) {
                return true; // another request of the same browser renewed it meanwhile
            }
            try {
                renew(signedIn);
                request.getSession().setAttribute(SignedInSession.ATTRIBUTE, signedIn);
                return true;
            } catch (SignInRefused e) {
                if (e.isUnavailable()) {
                    LOG.log(
                            Level.WARNING,
                            "Keycloak could not renew a sign-in; it stands until Keycloak answers:"
                                    + " {0}",
                            e.getMessage());
                    signedIn.postponeRenewal(now.plus(RETRY_UNAVAILABLE));
                    return true;
                }
                LOG.info(
                        () ->
                                "A sign-in ended because Keycloak no longer renews it: "
                                        + e.getMessage());
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                return false;
            }
        }
    }

    private void renew(SignedInSession signedIn) throws SignInRefused {
        if (signedIn.refreshToken() == null) {
            throw new SignInRefused("the sign-in came without a refresh token");
        }
        OpenIdProvider.Tokens tokens = provider.refresh(signedIn.refreshToken());
        // OpenID Connect Core 12.2: the renewed ID token is about the same person, for the same
        // client.
        JsonObject claims =
                IdTokens.verify(
                        tokens.idToken(), expected(null), provider::signingKey, Instant.now());
        if (!signedIn.subject().equals(claims.getString("sub"))
                || !signedIn.username().equals(claims.getString("preferred_username"))) {
            throw new SignInRefused("the renewed ID token is about someone else");
        }
        signedIn.renewed(
                groups(claims),
                tokens.idToken(),
                tokens.refreshToken(),
                nextRenewal(tokens, Instant.now()));
    }

    /**
     * Shortly before the access token expires, or after the re-check interval, whichever comes
     * first.
     */
    private Instant nextRenewal(OpenIdProvider.Tokens tokens, Instant now) {
        Instant beforeExpiry = tokens.accessExpiresAt().minus(RENEW_EARLY);
        Instant recheck = now.plusSeconds(recheckSeconds);
        return beforeExpiry.isBefore(recheck) ? beforeExpiry : recheck;
    }

    // ---- 4. idle ----------------------------------------------------------------------------

    /**
     * Nobody has used this session for the idle time: it ends here, and at Keycloak too (with the
     * refresh token, a back-channel logout), so that the next visit asks for the password rather
     * than signing the unattended screen straight back in.
     */
    private AuthenticationStatus endIdle(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            SignedInSession signedIn)
            throws IOException {
        String refreshToken = signedIn.refreshToken();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (refreshToken != null) {
            try {
                provider.endSession(refreshToken);
            } catch (SignInRefused e) {
                // Keycloak's own idle timeout (15 minutes, the realm's) ends it in any case.
                LOG.info(
                        () ->
                                "Keycloak's session was not ended after local idle logoff: "
                                        + e.getMessage());
            }
        }
        LOG.fine("A signed-in session ended after its idle time");
        return redirect(request, response, context, request.getContextPath() + SESSION_ENDED);
    }

    /** The callback address for this request's host, as registered exactly in the realm. */
    static String redirectUri(HttpServletRequest request) {
        return baseUrl(request) + CALLBACK_PATH;
    }

    /**
     * Scheme, host, port and context path of the request: what the browser sees as the
     * application's root.
     */
    static String baseUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length())
                + request.getContextPath();
    }
}
