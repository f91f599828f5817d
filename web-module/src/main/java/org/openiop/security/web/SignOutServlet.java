package org.openiop.security.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Signs out of OpenIOP and of Keycloak: the local session ends, then the browser goes to Keycloak's
 * end-session endpoint with the ID token as hint, so that the next visit asks for a password again
 * (HIPAA 45 CFR 164.312(a)(2)(iii), automatic logoff, starts from a clean sign-out).
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

    @Inject
    KeycloakSettings settings;

    @Inject
    OpenIdContext openIdContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Optional<String> idToken = currentIdToken(request);
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String home = baseUrl(request) + "/";
        if (idToken.isEmpty()) {
            response.sendRedirect(home);
            return;
        }
        response.sendRedirect(settings.getEndSessionUri()
                + "?client_id=" + encode(settings.getClientId())
                + "&id_token_hint=" + encode(idToken.get())
                + "&post_logout_redirect_uri=" + encode(home));
    }

    private Optional<String> currentIdToken(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(openIdContext.getIdentityToken()).map(t -> t.getToken());
        } catch (RuntimeException notSignedInWithOpenId) {
            return Optional.empty();
        }
    }

    static String baseUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
