package org.openiop.it.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.Target;

/**
 * Before the backup: a participant enrolled on the quick start, their identity as intake reads it,
 * and how long the audit chain is. BackupRestoredIT checks the same after backup, wipe and restore.
 */
class BackupSeedIT {

    @Test
    void aParticipantWithAnIdentityAndAnAuditTrail() throws Exception {
        Api intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        Enrolled member = Enrolled.fresh(intake);
        HttpResponse<String> identity =
                intake.get("/participants/" + member.id() + "/identity?purpose=enrollment");
        assertEquals(200, identity.statusCode(), identity.body());
        HttpResponse<String> verified =
                Api.as(Target.AUDITOR, Target.STAFF_PASSWORD).get("/audit/verification");
        assertEquals(200, verified.statusCode(), verified.body());
        JsonObject chain = Api.object(verified);
        assertTrue(chain.getBoolean("intact"), chain.toString());

        Properties state = new Properties();
        state.setProperty("participant.id", member.id());
        state.setProperty("participant.username", member.username());
        state.setProperty("participant.password", member.password());
        state.setProperty("participant.pseudonym", member.pseudonym());
        state.setProperty("identity", identity.body());
        state.setProperty("audit.events", chain.getJsonNumber("events").toString());
        BackupState.save(state);
    }
}
