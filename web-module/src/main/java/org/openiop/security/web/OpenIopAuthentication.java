package org.openiop.security.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import org.openiop.platform.web.SecurityHeaders;

/**
 * The one authentication mechanism the container sees. Jakarta Security 3 allows one mechanism per
 * application, and OpenIOP needs two: browser sign-in with OpenID Connect for the console and
 * portal ({@link BrowserSignIn}, code flow with PKCE), and bearer tokens ({@link BearerSignIn}) for
 * /api/**. This alternative picks one by path, after refusing any path that could be read two ways.
 * It also turns a Keycloak outage into a friendly page.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class OpenIopAuthentication implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(OpenIopAuthentication.class.getName());
    static final String API_PREFIX = "/api/";
    static final String SIGN_IN_UNAVAILABLE = "/error/signin-unavailable.xhtml";

    @Inject KeycloakAvailability keycloak;

    @Inject BrowserSignIn browser;

    @Inject BearerSignIn bearer;

    /**
     * The request's path inside the application, as the container dispatches it ({@link
     * CanonicalPath}).
     */
    static String pathOf(HttpServletRequest request) {
        return CanonicalPath.of(request);
    }

    static boolean isApi(HttpServletRequest request) {
        String path = pathOf(request);
        return path.startsWith(API_PREFIX) || path.equals("/api");
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        SecurityHeaders.apply(request, response);
        Optional<String> ambiguity = CanonicalPath.ambiguity(request);
        if (ambiguity.isPresent()) {
            return refuseAmbiguousPath(response, ambiguity.get());
        }
        if (isApi(request)) {
            return bearer.validate(request, response, context);
        }
        boolean signInRequired =
                AccessRules.rolesFor(pathOf(request)).isPresent() || context.isProtected();
        if (needsKeycloak(request, signInRequired) && !keycloak.isUp()) {
            return showSignInUnavailable(request, response);
        }
        try {
            return browser.validate(request, response, context, signInRequired);
        } catch (BrowserSignIn.KeycloakUnreachable e) {
            LOG.warning(() -> "Sign-in could not reach Keycloak: " + e.getMessage());
            return showSignInUnavailable(request, response);
        } catch (IOException e) {
            throw new AuthenticationException("Could not answer a sign-in request", e);
        }
    }

    /**
     * A path that could be read two ways gets 400 before any sign-in or role decision, so that no
     * decision is ever made on a path other than the one the container dispatches on. The log names
     * the rule only: the path itself may carry anything.
     */
    private static AuthenticationStatus refuseAmbiguousPath(
            HttpServletResponse response, String reason) throws AuthenticationException {
        LOG.fine(() -> "Refused a request path: " + reason);
        try {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new AuthenticationException("Could not refuse an ambiguous path", e);
        }
    }

    /**
     * Keycloak is needed when someone without a signed-in session opens a protected page or comes
     * back from Keycloak's login page; a signed-in session is served from the session alone.
     */
    private static boolean needsKeycloak(HttpServletRequest request, boolean signInRequired) {
        return !BrowserSignIn.isSignedIn(request)
                && (signInRequired || BrowserSignIn.isCallback(request));
    }

    private static AuthenticationStatus showSignInUnavailable(
            HttpServletRequest request, HttpServletResponse response)
            throws AuthenticationException {
        try {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            request.getRequestDispatcher(SIGN_IN_UNAVAILABLE).forward(request, response);
            // The response is written: tell the container not to go on to the resource.
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (ServletException | IOException e) {
            throw new AuthenticationException("Could not show the sign-in unavailable page", e);
        }
    }

    @Override
    public AuthenticationStatus secureResponse(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        return AuthenticationStatus.SUCCESS;
    }

    /**
     * Sign-out. For pages this only clears the caller: {@link SignOut} ends the HTTP session, with
     * the sign-in it held, and sends the browser on to Keycloak's end-session endpoint.
     */
    @Override
    public void cleanSubject(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        context.cleanClientSubject();
    }
}
