package org.openiop.it.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.KeycloakAdmin;
import org.openiop.it.support.People;
import org.openiop.it.support.Target;
import org.openiop.it.support.Tokens;

/**
 * Discharge shuts the door at once; erasure destroys the identity and the account, and the audit
 * chain still holds.
 */
class DischargeAndErasureIT {

    @Test
    void aTokenFromBeforeDischargeIsRefusedAtOnceAndKeycloakDisablesTheAccount() {
        Api intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        JsonObject enrollment =
                Api.object(
                        intake.post("/participants", People.distinctive("Leocadia").json(false)));
        String username = enrollment.getString("username");
        Api self =
                new Api(
                        Tokens.accessToken(
                                username,
                                enrollment.getString("temporaryPassword"),
                                "Fresh-Start-" + People.letters(6) + "9Q"));
        assertEquals(200, self.get("/me/profile").statusCode());

        HttpResponse<String> discharged =
                intake.post(
                        "/participants/" + enrollment.getString("participantId") + "/discharge",
                        "");
        assertEquals(200, discharged.statusCode(), discharged.body());
        assertEquals("DISCHARGED", Api.object(discharged).getString("status"));

        assertEquals(401, self.get("/me/profile").statusCode(), "the unexpired token is refused");
        assertEquals(401, self.get("/me").statusCode());
        JsonObject account = new KeycloakAdmin().userByName(username).orElseThrow();
        assertFalse(account.getBoolean("enabled"), "Keycloak account disabled");
        assertEquals(
                409,
                intake.post(
                                "/participants/"
                                        + enrollment.getString("participantId")
                                        + "/discharge",
                                "")
                        .statusCode());
    }

    @Test
    void erasureShredsTheIdentityDeletesTheAccountAndKeepsTheAuditChainIntact() {
        Api intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        Api privacyOfficer = Api.as(Target.PRIVACY_OFFICER, Target.STAFF_PASSWORD);
        JsonObject enrollment =
                Api.object(
                        intake.post("/participants", People.distinctive("Eustacia").json(false)));
        String id = enrollment.getString("participantId");
        String username = enrollment.getString("username");
        assertEquals(
                200,
                intake.get("/participants/" + id + "/identity?purpose=enrollment").statusCode());

        assertEquals(
                403,
                intake.post(
                                "/participants/" + id + "/erasure",
                                "{\"reason\": \"PARTICIPANT_REQUEST\"}")
                        .statusCode());
        assertEquals(
                400,
                privacyOfficer
                        .post("/participants/" + id + "/erasure", "{\"reason\": \"because\"}")
                        .statusCode());
        HttpResponse<String> erased =
                privacyOfficer.post(
                        "/participants/" + id + "/erasure",
                        "{\"reason\": \"PARTICIPANT_REQUEST\"}");
        assertEquals(200, erased.statusCode(), erased.body());
        assertTrue(Api.object(erased).getBoolean("erased"));

        HttpResponse<String> gone =
                intake.get("/participants/" + id + "/identity?purpose=enrollment");
        assertEquals(410, gone.statusCode(), gone.body());
        assertTrue(new KeycloakAdmin().userByName(username).isEmpty(), "Keycloak user deleted");

        Api auditor = Api.as(Target.AUDITOR, Target.STAFF_PASSWORD);
        assertTrue(Api.object(auditor.get("/audit/verification")).getBoolean("intact"));
        assertTrue(
                Api.array(auditor.get("/audit/events?target=" + id)).stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(
                                e ->
                                        e.getString("action").equals("participant.erase")
                                                && e.getString("actor")
                                                        .equals(Target.PRIVACY_OFFICER)
                                                && e.getString("purpose")
                                                        .equals("participant_request")));
    }
}
