package org.openiop.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Signs out of OpenIOP and of Keycloak: the local session ends, then the browser goes to Keycloak's
 * end-session endpoint with the ID token as hint, so that the next visit asks for a password again
 * (HIPAA 45 CFR 164.312(a)(2)(iii), automatic logoff, starts from a clean sign-out). Reached only
 * by posting the sign-out form: a Faces postback, which carries the view state, so that another
 * site cannot sign anyone out with a link or an image (OWASP: no state change on GET).
 */
@Named
@RequestScoped
public class SignOut {

    @Inject KeycloakSettings settings;

    /**
     * Where the signed-out page sends the browser next: Keycloak's end-session endpoint, or home.
     */
    static final String NEXT = "openiop.signOut.next";

    private String next;

    /**
     * Ends the local session, then sends the browser to the signed-out page, which goes on to
     * Keycloak with a refresh of its own: the pages' Content-Security-Policy (form-action 'self')
     * stops a form post from being redirected to another site, and a refresh is a new navigation.
     * The next address waits in a fresh session, which holds nothing else.
     */
    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // Read the ID token first: it lives in the session that is about to end.
        Optional<String> idToken = BrowserSignIn.idToken(request);
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String home = BrowserSignIn.baseUrl(request) + "/";
        request.getSession(true)
                .setAttribute(
                        NEXT,
                        idToken.isEmpty()
                                ? home
                                : settings.getEndSessionUri()
                                        + "?client_id="
                                        + encode(settings.getClientId())
                                        + "&id_token_hint="
                                        + encode(idToken.get())
                                        + "&post_logout_redirect_uri="
                                        + encode(home));
        external.redirect(request.getContextPath() + "/signed-out.xhtml");
    }

    /** For the signed-out page: where to go next, once (it leaves the session as it is read). */
    public String getNext() {
        if (next == null) {
            var session =
                    ((HttpServletRequest)
                                    FacesContext.getCurrentInstance()
                                            .getExternalContext()
                                            .getRequest())
                            .getSession(false);
            Object value = session == null ? null : session.getAttribute(NEXT);
            if (session != null) {
                session.removeAttribute(NEXT);
            }
            next = value == null ? "" : value.toString();
        }
        return next;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
