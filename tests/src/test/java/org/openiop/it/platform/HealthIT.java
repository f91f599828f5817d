package org.openiop.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.Health;
import org.openiop.it.support.Target;
import org.openiop.it.support.Tokens;

/** MicroProfile Health, Metrics and OpenAPI, with Keycloak and the database up. */
class HealthIT {

    @Test
    void readyIsUpWithTheDatabaseAndKeycloakUp() {
        HttpResponse<String> response = new Browserless().get(Target.app() + "/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Tokens.json(response.body());
        assertEquals("UP", health.getString("status"));
        assertEquals("UP", Health.check(health, "keycloak").getString("status"));
        assertEquals("UP", Health.check(health, "identity-vault").getString("status"));
        JsonObject database = Health.check(health, "database");
        assertEquals("UP", database.getString("status"));
        assertEquals(
                Target.SCHEMA_VERSION, database.getJsonObject("data").getString("schemaVersion"));
    }

    @Test
    void metricsAndOpenApiAreServed() {
        var client = new Browserless();
        assertEquals(200, client.get(Target.app() + "/metrics").statusCode());
        HttpResponse<String> openapi = client.get(Target.app() + "/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/programs/today"), "the API is described");
        assertTrue(openapi.body().contains("OpenIOP API"));
    }
}
