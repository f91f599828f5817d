package org.openiop.security.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignInCallbackServletTest {

    @Test
    void returnsOnlyToPagesInsideTheApplication() {
        assertTrue(SignInCallbackServlet.isLocal("/console/"));
        assertTrue(SignInCallbackServlet.isLocal("/console/programs/index.xhtml?sort=name"));
        assertFalse(
                SignInCallbackServlet.isLocal("//evil.example/console/"), "protocol-relative URL");
        assertFalse(SignInCallbackServlet.isLocal("https://evil.example/"), "absolute URL");
        assertFalse(SignInCallbackServlet.isLocal("/\\evil.example"), "backslash trick");
        assertFalse(SignInCallbackServlet.isLocal("console/"), "relative path");
    }
}
