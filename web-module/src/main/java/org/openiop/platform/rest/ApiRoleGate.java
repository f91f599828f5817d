package org.openiop.platform.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/**
 * The role check at the REST edge: every resource method gets the rule its {@code @RolesAllowed},
 * {@code @PermitAll} or {@code @DenyAll} says (the method's own annotation first, then its
 * class's), and a method that says nothing is refused. No token gives 401, a token without the role
 * 403, before the resource runs.
 *
 * <p>OpenIOP registers this itself instead of relying on Payara's MicroProfile JWT extension to add
 * Jersey's: in the EAR on Payara Server that extension did not always register it, and then every
 * resource ran for anyone (a clinician read /api/plugins, an unsigned caller reached /api/me). The
 * boundaries behind the resources check roles again (AccessArchitectureTest).
 */
@Provider
public class ApiRoleGate implements DynamicFeature {

    /** Who may call one resource method: anyone, nobody, or holders of one of the roles. */
    record Rule(boolean open, List<String> roles) {

        static final Rule OPEN = new Rule(true, List.of());
        static final Rule NOBODY = new Rule(false, List.of());

        boolean admits(SecurityContext caller) {
            return open || roles.stream().anyMatch(caller::isUserInRole);
        }
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        context.register(new Gate(ruleFor(method, resource.getResourceClass())));
    }

    /** The method's own declaration wins over its class's; nothing declared means nobody. */
    static Rule ruleFor(Method method, Class<?> resourceClass) {
        return declared(method)
                .or(() -> declared(resourceClass))
                .or(() -> declared(method.getDeclaringClass()))
                .orElse(Rule.NOBODY);
    }

    private static Optional<Rule> declared(AnnotatedElement element) {
        if (element.isAnnotationPresent(DenyAll.class)) {
            return Optional.of(Rule.NOBODY);
        }
        if (element.isAnnotationPresent(PermitAll.class)) {
            return Optional.of(Rule.OPEN);
        }
        RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
        return roles == null
                ? Optional.empty()
                : Optional.of(new Rule(false, List.of(roles.value())));
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Gate implements ContainerRequestFilter {

        private final Rule rule;

        Gate(Rule rule) {
            this.rule = rule;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext caller = request.getSecurityContext();
            if (rule.open()) {
                return;
            }
            if (caller.getUserPrincipal() == null) {
                throw new NotAuthorizedException(ErrorBody.BEARER_CHALLENGE);
            }
            if (!rule.admits(caller)) {
                throw new ForbiddenException();
            }
        }
    }
}
