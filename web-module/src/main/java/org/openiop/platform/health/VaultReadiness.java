package org.openiop.platform.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.openiop.identity.boundary.VaultKeys;

/**
 * Ready when the identity vault is open; DOWN with the reason (missing or wrong master key) when
 * not.
 */
@Readiness
@ApplicationScoped
public class VaultReadiness implements HealthCheck {

    @EJB VaultKeys keys;

    @Override
    public HealthCheckResponse call() {
        return keys.isOpen()
                ? HealthCheckResponse.named("identity-vault").up().build()
                : HealthCheckResponse.named("identity-vault")
                        .down()
                        .withData("reason", keys.closedBecause())
                        .build();
    }
}
