package org.openiop.it.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Target;
import org.openiop.it.support.Tokens;

/**
 * After ./openiop backup, a wiped data folder and ./openiop restore with the escrowed keys: the
 * same participant signs in with the same password, intake reads the same identity, and the audit
 * chain, with every event from before the backup, verifies.
 */
class BackupRestoredIT {

    @Test
    void theRestoredQuickStartSignsInTheSameUsersAndReadsTheSameIdentities() throws Exception {
        Properties before = BackupState.load();
        Api participant =
                new Api(
                        Tokens.accessToken(
                                before.getProperty("participant.username"),
                                before.getProperty("participant.password")));
        HttpResponse<String> me = participant.get("/me/profile");
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(
                me.body().contains(before.getProperty("participant.pseudonym")),
                "the same pseudonym: " + me.body());

        HttpResponse<String> identity =
                Api.as(Target.INTAKE, Target.STAFF_PASSWORD)
                        .get(
                                "/participants/"
                                        + before.getProperty("participant.id")
                                        + "/identity?purpose=enrollment");
        assertEquals(200, identity.statusCode(), identity.body());
        assertEquals(
                Tokens.json(before.getProperty("identity")),
                Tokens.json(identity.body()),
                "the vault opens with the escrowed master key");

        HttpResponse<String> verified =
                Api.as(Target.AUDITOR, Target.STAFF_PASSWORD).get("/audit/verification");
        assertEquals(200, verified.statusCode(), verified.body());
        JsonObject chain = Api.object(verified);
        assertTrue(chain.getBoolean("intact"), "the audit chain verifies: " + chain);
        assertTrue(
                chain.getJsonNumber("events").longValue()
                        > Long.parseLong(before.getProperty("audit.events")),
                "every event from before the backup, and the ones since: " + chain);
    }
}
