package org.openiop.audit.entity;

import java.util.Objects;
import java.util.Set;
import org.openiop.platform.boundary.Role;

/**
 * Who is asking: the signed-in username (pseudonymous for participants) and their roles, as the web
 * tier read them from the token. Boundaries decide with it and audit under its name.
 */
public record Actor(String username, Set<Role> roles) {

    public static final Actor SYSTEM = new Actor("system", Set.of());

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
