package org.openiop.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * The console's and portal's OpenID Connect client (Jakarta Security 3). Keycloak puts the realm
 * roles into the {@code groups} claim; payara-web.xml maps each group to the role of the same name.
 * Requests for /api/** never reach this mechanism: {@link OpenIopAuthentication} sends them to
 * MicroProfile JWT instead.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${keycloakSettings.providerUri}",
        clientId = "${keycloakSettings.clientId}",
        clientSecret = "${keycloakSettings.clientSecret}",
        redirectURI = "${baseURL}" + SignInDefinition.CALLBACK_PATH,
        // false: Soteria 3 loses request parameters when it replays the original request;
        // SignInCallbackServlet sends the browser back to the page it asked for instead.
        redirectToOriginalResource = false,
        scope = {"openid", "profile"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        jwksConnectTimeout = 2000,
        jwksReadTimeout = 2000)
public class SignInDefinition {

    /** Where Keycloak sends the browser back with the authorization code. */
    public static final String CALLBACK_PATH = "/signin/callback";
}
