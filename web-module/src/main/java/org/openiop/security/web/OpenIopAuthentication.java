package org.openiop.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.openiop.platform.web.SecurityHeaders;

/**
 * The one authentication mechanism the container sees. Jakarta Security 3 allows one mechanism per
 * application, and OpenIOP needs two: browser sign-in with OpenID Connect for the console and
 * portal, and bearer tokens (MicroProfile JWT) for /api/**. Both are defined the standard way (the
 * {@code @OpenIdAuthenticationMechanismDefinition} on {@link SignInDefinition}, {@code @LoginConfig}
 * on the REST application); this alternative picks the right one by path. It also turns a Keycloak
 * outage into a friendly page before the OpenID Connect client tries to reach it.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class OpenIopAuthentication implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(OpenIopAuthentication.class.getName());
    static final String API_PREFIX = "/api/";
    static final String SIGN_IN_UNAVAILABLE = "/error/signin-unavailable.xhtml";

    @Inject
    BeanManager beanManager;

    @Inject
    KeycloakAvailability keycloak;

    private HttpAuthenticationMechanism browser;
    private HttpAuthenticationMechanism bearer;

    @PostConstruct
    void findDelegates() {
        browser = delegate("OpenId");
        bearer = delegate("JWT");
    }

    /**
     * Finds the container's mechanism for {@code kind}: Payara registers the JWT one with its
     * JWTAuthenticationMechanism type, and the OpenID Connect one (Soteria) is the only other.
     */
    private HttpAuthenticationMechanism delegate(String kind) {
        List<Bean<?>> candidates = beanManager.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE).stream()
                .filter(b -> b.getBeanClass() != OpenIopAuthentication.class)
                .filter(b -> isPayaraJwt(b) == kind.equals("JWT"))
                .toList();
        if (candidates.size() != 1) {
            throw new IllegalStateException("Expected one " + kind + " authentication mechanism from the container, found "
                    + candidates.size() + ". Is this running on Payara 6?");
        }
        Bean<?> bean = candidates.get(0);
        LOG.fine(() -> "Delegating " + kind + " sign-in to " + bean.getBeanClass().getName());
        return (HttpAuthenticationMechanism) beanManager.getReference(bean, HttpAuthenticationMechanism.class,
                beanManager.createCreationalContext(bean));
    }

    private static boolean isPayaraJwt(Bean<?> bean) {
        return bean.getTypes().stream().anyMatch(t -> t.getTypeName().endsWith(".JWTAuthenticationMechanism"));
    }

    /** The request's path inside the application, as the container dispatches it ({@link CanonicalPath}). */
    static String pathOf(HttpServletRequest request) {
        return CanonicalPath.of(request);
    }

    static boolean isApi(HttpServletRequest request) {
        String path = pathOf(request);
        return path.startsWith(API_PREFIX) || path.equals("/api");
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        SecurityHeaders.apply(request, response);
        Optional<String> ambiguity = CanonicalPath.ambiguity(request);
        if (ambiguity.isPresent()) {
            return refuseAmbiguousPath(response, ambiguity.get());
        }
        if (isApi(request)) {
            return bearer.validateRequest(request, response, context);
        }
        HttpMessageContext pages = new PagesContext(context, AccessRules.rolesFor(pathOf(request)).isPresent());
        if (needsKeycloak(request, pages) && !keycloak.isUp()) {
            return showSignInUnavailable(request, response);
        }
        AuthenticationStatus status = browser.validateRequest(request, response, pages);
        if (status == AuthenticationStatus.SUCCESS) {
            if (pathOf(request).equals(SignInDefinition.CALLBACK_PATH)) {
                // A new session id once signed in, so that one planted before cannot ride along (ASVS 3.2.1).
                request.changeSessionId();
            }
            request.getSession().setAttribute(SIGNED_IN_MARKER, Boolean.TRUE);
        } else if (status == AuthenticationStatus.SEND_CONTINUE && "GET".equals(request.getMethod())
                && pages.isProtected()) {
            // On the way to Keycloak: remember where to come back to.
            request.getSession().setAttribute(SignInCallbackServlet.RETURN_TO, SignInCallbackServlet.localTarget(request));
        }
        return status;
    }

    /**
     * A path that could be read two ways gets 400 before any sign-in or role decision, so that no
     * decision is ever made on a path other than the one the container dispatches on. The log names
     * the rule only: the path itself may carry anything.
     */
    private static AuthenticationStatus refuseAmbiguousPath(HttpServletResponse response, String reason)
            throws AuthenticationException {
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
    private static boolean needsKeycloak(HttpServletRequest request, HttpMessageContext context) {
        var session = request.getSession(false);
        boolean signedIn = session != null && session.getAttribute(SIGNED_IN_MARKER) != null;
        return !signedIn && (context.isProtected() || pathOf(request).equals(SignInDefinition.CALLBACK_PATH));
    }

    /** Set in the HTTP session once the OpenID Connect client has signed the caller in. */
    static final String SIGNED_IN_MARKER = "openiop.signedIn";

    private static AuthenticationStatus showSignInUnavailable(HttpServletRequest request, HttpServletResponse response)
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

    /** Tells the OpenID Connect client which pages need sign-in, from {@link AccessRules}. */
    private static final class PagesContext extends HttpMessageContextWrapper {

        private final boolean signInRequired;

        PagesContext(HttpMessageContext context, boolean signInRequired) {
            super(context);
            this.signInRequired = signInRequired;
        }

        @Override
        public boolean isProtected() {
            return signInRequired || super.isProtected();
        }
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        return (isApi(request) ? bearer : browser).secureResponse(request, response, context);
    }

    /**
     * Sign-out. For pages this only clears the caller: Soteria's OpenID Connect client would answer
     * a logout by redirecting to Keycloak's login page, and {@link SignOutServlet} needs the response
     * to send the browser to Keycloak's end-session endpoint instead. The tokens it kept go with the
     * HTTP session, which the servlet invalidates.
     */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            bearer.cleanSubject(request, response, context);
        } else {
            context.cleanClientSubject();
        }
    }
}
