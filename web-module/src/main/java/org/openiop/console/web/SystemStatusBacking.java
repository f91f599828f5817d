package org.openiop.console.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Backs /console/status.xhtml: the readiness checks, for a program admin asking "is it us?". */
@Named
@RequestScoped
public class SystemStatusBacking {

    @Inject @Readiness Instance<HealthCheck> checks;

    private List<HealthCheckResponse> responses;

    public List<HealthCheckResponse> getChecks() {
        if (responses == null) {
            responses =
                    checks.stream()
                            .map(HealthCheck::call)
                            .sorted(Comparator.comparing(HealthCheckResponse::getName))
                            .toList();
        }
        return responses;
    }

    public String dataOf(HealthCheckResponse response) {
        return response.getData().map(Object::toString).orElse("");
    }
}
