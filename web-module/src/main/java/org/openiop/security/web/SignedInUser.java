package org.openiop.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Set;
import org.openiop.audit.entity.Actor;

/**
 * Who is signed in, as pages show it: the Keycloak username (for participants a generated one,
 * never a real name) and the OpenIOP roles they hold.
 */
@Named
@RequestScoped
public class SignedInUser {

    @Inject
    SecurityContext security;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getUsername() {
        return isSignedIn() ? security.getCallerPrincipal().getName() : "";
    }

    public List<String> getRoles() {
        return Roles.ALL.stream().filter(security::isCallerInRole).toList();
    }

    /** The caller as boundaries take it, for deciding and auditing. */
    public Actor actor() {
        return new Actor(getUsername(), Set.copyOf(getRoles()));
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (security.isCallerInRole(role)) {
                return true;
            }
        }
        return false;
    }
}
