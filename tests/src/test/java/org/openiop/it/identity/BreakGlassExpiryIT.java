package org.openiop.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Database;
import org.openiop.it.support.People;
import org.openiop.it.support.Programs;
import org.openiop.it.support.Target;

/**
 * An emergency view ends when its 15 minutes are up. Rather than wait, the test moves the grant's
 * expiry into the past in the database, as the clock would. Runs in the PostgreSQL phase.
 */
class BreakGlassExpiryIT {

    @Test
    void anExpiredEmergencyViewNoLongerOpensTheIdentity() throws Exception {
        assertTrue(Database.available(), "this test needs -Dopeniop.db.url (the PostgreSQL phase)");
        Api intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        Api clinician = Api.as(Target.CLINICIAN, Target.STAFF_PASSWORD);
        String id =
                Api.object(intake.post("/participants", People.distinctive("Tertius").json(false)))
                        .getString("participantId");
        // Within demo-clinician's caseload: an emergency view opens on no one else.
        Api admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        Programs.fresh(admin).add(admin, id);
        JsonObject grant =
                Api.object(
                        clinician.post(
                                "/participants/" + id + "/break-glass",
                                "{\"reason\": \"MEDICAL_EMERGENCY\"}"));
        assertEquals(
                200,
                clinician.get("/participants/" + id + "/identity?purpose=emergency").statusCode());

        try (Connection db = Database.connect();
                PreparedStatement expire =
                        db.prepareStatement(
                                "update break_glass_grant set expires_at = now() - interval '1"
                                        + " second' where id = ?::uuid")) {
            expire.setString(1, grant.getString("id"));
            assertEquals(1, expire.executeUpdate());
        }
        assertEquals(
                403,
                clinician.get("/participants/" + id + "/identity?purpose=emergency").statusCode());
    }
}
