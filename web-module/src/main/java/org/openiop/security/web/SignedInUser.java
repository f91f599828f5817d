package org.openiop.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.openiop.audit.entity.Actor;
import org.openiop.platform.boundary.Role;

/**
 * Who is signed in, as pages show it: the Keycloak username (for participants a generated one,
 * never a real name) and the OpenIOP roles they hold.
 */
@Named
@RequestScoped
public class SignedInUser {

    @Inject SecurityContext security;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getUsername() {
        return isSignedIn() ? security.getCallerPrincipal().getName() : "";
    }

    /** The realm names of the caller's roles, for pages (labels and data attributes). */
    public List<String> getRoles() {
        return held().stream().map(Role::realmName).toList();
    }

    private List<Role> held() {
        return Arrays.stream(Role.values())
                .filter(r -> security.isCallerInRole(r.realmName()))
                .toList();
    }

    /** The caller as boundaries take it, for deciding and auditing. */
    public Actor actor() {
        return new Actor(getUsername(), Set.copyOf(held()));
    }

    /** Whether the caller holds any of these roles. */
    public boolean holds(Role... roles) {
        for (Role role : roles) {
            if (security.isCallerInRole(role.realmName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * For pages, whose expressions name roles by their realm names: {@code hasAnyRole('intake')}.
     */
    public boolean hasAnyRole(String... realmNames) {
        return Arrays.stream(realmNames)
                .map(Role::named)
                .flatMap(java.util.Optional::stream)
                .anyMatch(this::holds);
    }
}
