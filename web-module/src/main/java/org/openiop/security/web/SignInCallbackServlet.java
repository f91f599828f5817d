package org.openiop.security.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.openiop.platform.boundary.Role;

/**
 * Where Keycloak sends the browser back. By the time this runs {@link BrowserSignIn} has exchanged
 * the code and signed the caller in; this only sends them on to the page they first asked for, or
 * to their home (portal for participants, console for staff).
 */
@WebServlet(BrowserSignIn.CALLBACK_PATH)
public class SignInCallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Session attribute: the local path and query to return to after sign-in. */
    static final String RETURN_TO = "openiop.returnTo";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var session = request.getSession(false);
        String target = null;
        if (session != null) {
            target = (String) session.getAttribute(RETURN_TO);
            session.removeAttribute(RETURN_TO);
        }
        if (target == null || !isLocal(target)) {
            target = home(request);
        }
        response.sendRedirect(request.getContextPath() + target);
    }

    /** Path and query of the request, relative to the context root. */
    static String localTarget(HttpServletRequest request) {
        // The path as asked for ("/console/", not the welcome page it maps to): the authentication
        // mechanism has already refused any raw path that differs from what the container
        // dispatches.
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    /** Only paths inside this application: never "//host" or a scheme, so no open redirect. */
    static boolean isLocal(String target) {
        return target.startsWith("/")
                && !target.startsWith("//")
                && !target.contains("\\")
                && !target.contains(":");
    }

    private static String home(HttpServletRequest request) {
        if (request.isUserInRole(Role.PARTICIPANT.realmName())) {
            return "/portal/";
        }
        return Role.STAFF.stream().anyMatch(r -> request.isUserInRole(r.realmName()))
                ? "/console/"
                : "/";
    }
}
