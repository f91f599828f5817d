package org.openiop.platform.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.openiop.audit.boundary.AuditSigner;

/**
 * Ready when the audit trail can be signed (its key is configured); DOWN with the reason when not.
 */
@Readiness
@ApplicationScoped
public class AuditReadiness implements HealthCheck {

    @EJB AuditSigner signer;

    @Override
    public HealthCheckResponse call() {
        return signer.isReady()
                ? HealthCheckResponse.named("audit-trail").up().build()
                : HealthCheckResponse.named("audit-trail")
                        .down()
                        .withData("reason", signer.unavailableBecause())
                        .build();
    }
}
