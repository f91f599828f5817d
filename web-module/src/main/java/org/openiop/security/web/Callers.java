package org.openiop.security.web;

import jakarta.ws.rs.core.SecurityContext;
import java.util.EnumSet;
import java.util.Set;
import org.openiop.audit.entity.Actor;
import org.openiop.platform.boundary.Role;

/** The boundaries' view of whoever is calling: username and OpenIOP roles, nothing else. */
public final class Callers {

    private Callers() {}

    /** From a REST call's security context (bearer token). */
    public static Actor of(SecurityContext security) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (security.isUserInRole(role.realmName())) {
                roles.add(role);
            }
        }
        return new Actor(security.getUserPrincipal().getName(), roles);
    }
}
