package org.openiop.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.Database;
import org.openiop.it.support.Health;
import org.openiop.it.support.People;
import org.openiop.it.support.Target;
import org.openiop.it.support.Tokens;

/** Run by ./openiop test after it has stopped Keycloak. */
class KeycloakDownIT {

    @Test
    void readinessIsDownAndNamesKeycloak() {
        HttpResponse<String> response = new Browserless().get(Target.app() + "/health/ready");
        assertEquals(503, response.statusCode(), response.body());
        JsonObject health = Tokens.json(response.body());
        assertEquals("DOWN", health.getString("status"));
        JsonObject keycloak = Health.check(health, "keycloak");
        assertEquals("DOWN", keycloak.getString("status"));
        assertTrue(keycloak.getJsonObject("data").getString("reason").contains("Keycloak"));
        assertEquals(
                "UP",
                Health.check(health, "database").getString("status"),
                "the database is not to blame");
    }

    private static String intakeToken() throws IOException {
        return Files.readString(Path.of(Target.required("openiop.token.file"))).strip();
    }

    /**
     * Signed-in callers keep working on the keys OpenIOP already holds, however long ago it read
     * them. A token signed with a key OpenIOP has never seen (Keycloak rotated) cannot be checked
     * while Keycloak is down: that is a 503 that says so, not a 401 that calls the token bad.
     */
    @Test
    void signedInCallersKeepWorkingAndAnUncheckableTokenGetsA503() throws Exception {
        String token = intakeToken();
        HttpResponse<String> me = new Api(token).get("/me");
        assertEquals(200, me.statusCode(), me.body());

        String rotatedHeader =
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"rotated-while-down\"}"
                                        .getBytes(StandardCharsets.UTF_8));
        String rotated = rotatedHeader + token.substring(token.indexOf('.'));
        HttpResponse<String> unchecked = new Api(rotated).get("/me");
        assertEquals(503, unchecked.statusCode(), unchecked.body());
        assertEquals("Sign-in service unavailable", Api.object(unchecked).getString("error"));
        assertTrue(unchecked.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void enrollingWhileKeycloakIsDownLeavesNothingBehindAndSaysWhy() throws Exception {
        Api intake = new Api(intakeToken());
        long participants = count("select count(*) from participant");
        long vaultEntries = count("select count(*) from vault_entry");

        HttpResponse<String> refused =
                intake.post("/participants", People.distinctive("Octavia").json(false));
        assertEquals(503, refused.statusCode(), refused.body());
        JsonObject body = Api.object(refused);
        assertEquals("Account service unavailable", body.getString("error"));
        assertTrue(body.getString("detail").contains("nothing was saved"), body.toString());

        assertEquals(
                participants,
                count("select count(*) from participant"),
                "no participant without an account");
        assertEquals(
                vaultEntries,
                count("select count(*) from vault_entry"),
                "no vault entry without an account");
        assertEquals(
                0,
                count(
                        "select count(*) from vault_entry v where not exists (select 1 from"
                                + " participant p where p.id = v.participant_id)"));
    }

    private static long count(String sql) throws java.sql.SQLException {
        try (var db = Database.connect();
                var s = db.createStatement();
                var rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
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
