package org.openiop.security.web;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.openiop.participant.boundary.Participants;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.web.DatabaseFaults;

/**
 * Refuses, with 403 and the friendly page, anyone whose roles {@link AccessRules} does not list for
 * the page they asked for, on the path the container dispatches ({@link CanonicalPath}). Sign-in
 * has happened by now: the authentication mechanism runs first and sends anyone not signed in to
 * Keycloak. Mapped in web.xml so that it runs before Faces. A discharged participant is refused
 * everywhere, with any session ended.
 */
public class RoleGateFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @EJB transient Participants participants;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (CanonicalPath.ambiguity(request).isPresent()) {
            // The authentication mechanism refuses these first; this is the second line, not the
            // only one.
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String path = CanonicalPath.of(request);
        Optional<List<Role>> allowed = AccessRules.rolesFor(path);
        if (allowed.isPresent()
                && allowed.get().stream().noneMatch(r -> request.isUserInRole(r.realmName()))) {
            response.sendError(
                    request.getUserPrincipal() == null
                            ? HttpServletResponse.SC_UNAUTHORIZED
                            : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean participantArea = path.startsWith("/portal") || path.startsWith("/api/");
        // Only where a participant acts (the portal, the API), not for every style sheet and
        // script.
        if (participantArea
                && request.isUserInRole(Role.PARTICIPANT.realmName())
                && !mayTakePart(request, response)) {
            if (response.isCommitted()) {
                return; // the database is out of reach: answered 503 already
            }
            // Discharged: refuse at once, whatever session or unexpired token is still presented.
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The discharge check. When the database is out of reach nobody can be checked: the answer is
     * the outage's 503 (sent here, so that the container does not log a trace per request), and
     * false.
     */
    private boolean mayTakePart(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        try {
            return participants.mayTakePart(request.getUserPrincipal().getName());
        } catch (RuntimeException e) {
            if (!DatabaseFaults.unreachable(e)) {
                throw e;
            }
            DatabaseFaults.logged(e);
            request.setAttribute(DatabaseFaults.REQUEST_ATTRIBUTE, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return false;
        }
    }
}
