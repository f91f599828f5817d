package org.openiop.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.openiop.security.web.KeycloakAvailability;

/** Ready when Keycloak serves the realm's discovery document: without it nobody can sign in. */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

    @Inject KeycloakAvailability keycloak;

    @Override
    public HealthCheckResponse call() {
        var status = keycloak.status();
        var answer = HealthCheckResponse.named("keycloak");
        return status.up()
                ? answer.up().build()
                : answer.down().withData("reason", status.reason()).build();
    }
}
