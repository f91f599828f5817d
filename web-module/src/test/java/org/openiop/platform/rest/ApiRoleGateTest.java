package org.openiop.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ApiRoleGateTest {

    @RolesAllowed("clinician")
    static class ClassRule {
        public void inherits() {}

        @RolesAllowed("auditor")
        public void own() {}

        @PermitAll
        public void open() {}

        @DenyAll
        public void closed() {}
    }

    static class NoRule {
        public void nothing() {}
    }

    private static ApiRoleGate.Rule rule(Class<?> type, String name) throws NoSuchMethodException {
        return ApiRoleGate.ruleFor(type.getMethod(name), type);
    }

    @Test
    void theMethodsDeclarationWinsOverItsClasss() throws Exception {
        assertEquals(List.of("clinician"), rule(ClassRule.class, "inherits").roles());
        assertEquals(List.of("auditor"), rule(ClassRule.class, "own").roles());
        assertTrue(rule(ClassRule.class, "open").open());
        assertEquals(ApiRoleGate.Rule.NOBODY, rule(ClassRule.class, "closed"));
    }

    @Test
    void aMethodThatDeclaresNothingAdmitsNobody() throws Exception {
        assertEquals(ApiRoleGate.Rule.NOBODY, rule(NoRule.class, "nothing"));
    }

    /** A resource method left without a rule would be refused to everyone: name it in review. */
    @Test
    void everyRegisteredResourceMethodDeclaresWhoMayCallIt() {
        Set<String> undeclared = new TreeSet<>();
        for (Class<?> type : new OpenIopApi().getClasses()) {
            if (!type.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method m : type.getMethods()) {
                if (isResourceMethod(m)
                        && ApiRoleGate.ruleFor(m, type) == ApiRoleGate.Rule.NOBODY
                        && !m.isAnnotationPresent(DenyAll.class)) {
                    undeclared.add(type.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertEquals(Set.of(), undeclared);
    }

    @Test
    void theBundledResourcesAreNotOpenToAnyoneButTheVideoWebhooks() {
        Set<String> open = new TreeSet<>();
        for (Class<?> type : new OpenIopApi().getClasses()) {
            for (Method m : type.getMethods()) {
                if (type.isAnnotationPresent(Path.class)
                        && isResourceMethod(m)
                        && ApiRoleGate.ruleFor(m, type).open()) {
                    open.add(type.getSimpleName());
                }
            }
        }
        assertEquals(Set.of("VideoEventsResource"), open);
    }

    @Test
    void aCallerNeedsOneOfTheRoles() {
        ApiRoleGate.Rule rule = new ApiRoleGate.Rule(false, List.of("intake", "program-admin"));
        assertTrue(rule.admits(new Caller("program-admin")));
        assertFalse(rule.admits(new Caller("clinician")));
        assertFalse(ApiRoleGate.Rule.NOBODY.admits(new Caller("program-admin")));
        assertTrue(ApiRoleGate.Rule.OPEN.admits(new Caller()));
    }

    private static boolean isResourceMethod(Method m) {
        return m.isAnnotationPresent(Path.class)
                || java.util.Arrays.stream(m.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    /** A caller holding some roles, as Jersey's security context would report them. */
    private record Caller(Set<String> roles) implements jakarta.ws.rs.core.SecurityContext {
        Caller(String... roles) {
            this(Set.of(roles));
        }

        @Override
        public java.security.Principal getUserPrincipal() {
            return () -> "someone";
        }

        @Override
        public boolean isUserInRole(String role) {
            return roles.contains(role);
        }

        @Override
        public boolean isSecure() {
            return false;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
