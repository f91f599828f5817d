package org.openiop.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Refuses, with 403 and the friendly page, anyone whose roles {@link AccessRules} does not list for
 * the page they asked for. Sign-in has happened by now: the authentication mechanism runs first and
 * sends anyone not signed in to Keycloak. Mapped in web.xml so that it runs before Faces.
 */
public class RoleGateFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<List<String>> allowed = AccessRules.rolesFor(OpenIopAuthentication.pathOf(request));
        if (allowed.isPresent() && allowed.get().stream().noneMatch(request::isUserInRole)) {
            response.sendError(request.getUserPrincipal() == null ? HttpServletResponse.SC_UNAUTHORIZED
                    : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
