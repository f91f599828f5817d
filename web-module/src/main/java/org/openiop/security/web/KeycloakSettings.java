package org.openiop.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Keycloak is and who this application is to it. Read from MicroProfile Config; the client
 * secret comes from the environment ({@code OPENIOP_OIDC_CLIENT_SECRET}) and is never shown. Named
 * so that the OpenID Connect definition can refer to it in expressions.
 */
@Named("keycloakSettings")
@ApplicationScoped
public class KeycloakSettings {

    @Inject
    @ConfigProperty(name = "openiop.keycloak.url")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "openiop.keycloak.realm", defaultValue = "openiop")
    String realm;

    @Inject
    @ConfigProperty(name = "openiop.oidc.client-id", defaultValue = "openiop-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "openiop.oidc.client-secret")
    String clientSecret;

    /** The issuer: {@code <keycloak>/realms/<realm>}. */
    public String getProviderUri() {
        return stripSlash(keycloakUrl) + "/realms/" + realm;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** Keycloak's RP-initiated logout endpoint (OpenID Connect RP-Initiated Logout 1.0). */
    public String getEndSessionUri() {
        return getProviderUri() + "/protocol/openid-connect/logout";
    }

    public String getDiscoveryUri() {
        return getProviderUri() + "/.well-known/openid-configuration";
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
