package org.openiop.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * REST under /api. Callers present a Keycloak access token from the openiop realm as a bearer
 * token (MicroProfile JWT): roles come from its {@code groups} claim; the audience must be
 * openiop-web and the issuer the configured realm.
 */
@ApplicationPath("api")
@ApplicationScoped // a CDI bean, so that Payara's MicroProfile JWT extension sees @LoginConfig
@LoginConfig(authMethod = "MP-JWT", realmName = "openiop")
@OpenAPIDefinition(info = @Info(title = "OpenIOP API", version = "0.1.0",
        description = "Programs, groups and sessions of virtual Intensive Outpatient Programs. "
                + "Every call needs a bearer token from the openiop realm."))
public class OpenIopApi extends Application {
}
