package org.openiop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Run by ./openiop test after it has stopped Keycloak. */
class KeycloakDownIT {

    @Test
    void readinessIsDownAndNamesKeycloak() {
        HttpResponse<String> response = new Browserless().get(Target.app() + "/health/ready");
        assertEquals(503, response.statusCode(), response.body());
        JsonObject health = Tokens.json(response.body());
        assertEquals("DOWN", health.getString("status"));
        JsonObject keycloak = HealthIT.check(health, "keycloak");
        assertEquals("DOWN", keycloak.getString("status"));
        assertTrue(keycloak.getJsonObject("data").getString("reason").contains("Keycloak"));
        assertEquals("UP", HealthIT.check(health, "database").getString("status"), "the database is not to blame");
    }

    @Test
    void theConsolesSignInSaysTheServiceIsUnavailable() {
        HttpResponse<String> page = new Browserless().get(Target.app() + "/console/");
        assertEquals(503, page.statusCode());
        assertTrue(page.body().contains("Sign-in service unavailable"), "friendly message");
        assertTrue(page.body().contains("class=\"site-header\""), "in the site's layout");
        SignInIT.assertNoTrace(page.body());
    }
}
