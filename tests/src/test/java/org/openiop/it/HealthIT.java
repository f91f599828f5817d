package org.openiop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** MicroProfile Health, Metrics and OpenAPI, with Keycloak and the database up. */
class HealthIT {

    static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream()
                .map(JsonObject.class::cast)
                .filter(c -> c.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " check in " + health));
    }

    @Test
    void readyIsUpWithTheDatabaseAndKeycloakUp() {
        HttpResponse<String> response = new Browserless().get(Target.app() + "/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Tokens.json(response.body());
        assertEquals("UP", health.getString("status"));
        assertEquals("UP", check(health, "keycloak").getString("status"));
        assertEquals("UP", check(health, "identity-vault").getString("status"));
        JsonObject database = check(health, "database");
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
