package org.openiop.security.web;

import jakarta.ws.rs.core.SecurityContext;
import java.util.HashSet;
import java.util.Set;
import org.openiop.audit.entity.Actor;

/** The boundaries' view of whoever is calling: username and OpenIOP roles, nothing else. */
public final class Callers {

    private Callers() {
    }

    /** From a REST call's security context (bearer token). */
    public static Actor of(SecurityContext security) {
        Set<String> roles = new HashSet<>();
        for (String role : Roles.ALL) {
            if (security.isUserInRole(role)) {
                roles.add(role);
            }
        }
        return new Actor(security.getUserPrincipal().getName(), roles);
    }
}
