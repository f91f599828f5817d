package org.openiop.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openiop.platform.boundary.Role;

class AccessRulesTest {

    @Test
    void theConsoleIsForStaffOnly() {
        assertEquals(Optional.of(Role.STAFF), AccessRules.rolesFor("/console/index.xhtml"));
        assertEquals(Optional.of(Role.STAFF), AccessRules.rolesFor("/console/"));
        assertEquals(Optional.of(Role.STAFF), AccessRules.rolesFor("/console"));
        assertFalse(AccessRules.rolesFor("/console/").orElseThrow().contains(Role.PARTICIPANT));
    }

    @Test
    void thePortalIsForParticipantsOnly() {
        assertEquals(
                Optional.of(List.of(Role.PARTICIPANT)),
                AccessRules.rolesFor("/portal/index.xhtml"));
        assertEquals(Optional.of(List.of(Role.PARTICIPANT)), AccessRules.rolesFor("/portal"));
    }

    @Test
    void narrowerRulesWinOverTheConsoleRule() {
        assertEquals(
                Optional.of(List.of(Role.PROGRAM_ADMIN)),
                AccessRules.rolesFor("/console/status.xhtml"));
        assertFalse(
                AccessRules.rolesFor("/console/programs/index.xhtml")
                        .orElseThrow()
                        .contains(Role.AUDITOR));
    }

    @Test
    void publicPagesNeedNoSignIn() {
        assertTrue(AccessRules.rolesFor("/").isEmpty());
        assertTrue(AccessRules.rolesFor("/index.xhtml").isEmpty());
        assertTrue(AccessRules.rolesFor("/error/404.xhtml").isEmpty());
        assertTrue(
                AccessRules.rolesFor("/consoleish").isEmpty(),
                "a prefix rule matches whole path segments");
    }
}
