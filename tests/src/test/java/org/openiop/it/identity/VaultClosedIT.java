package org.openiop.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.Health;
import org.openiop.it.support.People;
import org.openiop.it.support.Target;
import org.openiop.it.support.Tokens;

/**
 * Run by ./openiop test after restarting OpenIOP on the same database with a different master key.
 */
class VaultClosedIT {

    @Test
    void readinessIsDownAndSaysTheKeyIsNotTheVaultsKey() {
        HttpResponse<String> response = new Browserless().get(Target.app() + "/health/ready");
        assertEquals(503, response.statusCode(), response.body());
        JsonObject vault = Health.check(Tokens.json(response.body()), "identity-vault");
        assertEquals("DOWN", vault.getString("status"));
        assertTrue(
                vault.getJsonObject("data")
                        .getString("reason")
                        .contains("not the key this vault was sealed with"),
                vault.toString());
    }

    @Test
    void everyVaultPageSaysTheVaultIsClosedAndWhy() {
        var intake = new Browserless();
        HttpResponse<String> enroll =
                intake.signIn(
                        Target.app() + "/console/participants/enroll.xhtml",
                        Target.INTAKE,
                        Target.STAFF_PASSWORD);
        assertEquals(200, enroll.statusCode());
        assertTrue(
                enroll.body().contains("The identity vault is closed."),
                "enrollment page explains");
        assertTrue(enroll.body().contains("not the key this vault was sealed with"));
        assertTrue(
                !enroll.body().contains("id=\"enroll\""),
                "no enrollment form while the vault is closed");

        HttpResponse<String> list = intake.follow(Target.app() + "/console/participants/");
        String id =
                list.body().replaceAll("(?s).*participant\\.xhtml\\?id=([0-9a-f-]{36}).*", "$1");
        HttpResponse<String> participant =
                intake.follow(Target.app() + "/console/participants/participant.xhtml?id=" + id);
        assertTrue(
                participant.body().contains("The identity vault is closed."),
                "participant page explains");
    }

    @Test
    void enrollmentAndVaultReadsAreRefusedWithTheReason() {
        Api intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        HttpResponse<String> refused =
                intake.post("/participants", People.distinctive("Philippa").json(false));
        assertEquals(503, refused.statusCode(), refused.body());
        assertEquals("Identity vault closed", Api.object(refused).getString("error"));
        assertTrue(Api.object(refused).getString("detail").contains("master key"));
    }
}
