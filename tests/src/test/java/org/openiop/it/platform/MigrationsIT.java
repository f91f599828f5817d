package org.openiop.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.Health;
import org.openiop.it.support.Target;
import org.openiop.it.support.Tokens;

/**
 * What the start-up migrations did, as readiness reports it. ./openiop test runs this after the
 * first start on an empty database (expect.migrations=2: the schema and the demo programs) and
 * again after a restart on the same database (expect.migrations=0: nothing runs twice).
 */
class MigrationsIT {

    @Test
    void theStartAppliedExactlyTheExpectedMigrations() {
        JsonObject health =
                Tokens.json(new Browserless().get(Target.app() + "/health/ready").body());
        JsonObject data = Health.check(health, "database").getJsonObject("data");
        assertEquals(
                Target.required("expect.migrations"), data.getString("migrationsAppliedAtStart"));
        assertEquals(Target.SCHEMA_VERSION, data.getString("schemaVersion"));
        String database = data.getString("database").toLowerCase();
        assertTrue(
                database.contains(Target.required("expect.database").toLowerCase()),
                "running on " + Target.required("expect.database") + ", not " + database);
    }
}
