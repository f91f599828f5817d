package org.openiop.it.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.KeycloakAdmin;
import org.openiop.it.support.People;
import org.openiop.it.support.Target;
import org.openiop.it.support.Tokens;

/**
 * The temporary password on a hand-out stops working when it has not been used in time, and intake
 * can hand out a new one. Run by ./openiop test on a restart with
 * openiop.accounts.temporary-password-lifetime shortened to {@code temporary.lifetime.seconds} (the
 * expiry looks every minute).
 */
class TemporaryPasswordIT {

    @Test
    void anUnusedTemporaryPasswordExpiresAndIntakeIssuesANewOne() throws InterruptedException {
        long lifetime = Long.parseLong(Target.required("temporary.lifetime.seconds"));
        Api intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        HttpResponse<String> made =
                intake.post("/participants", People.distinctive("Wilhelmina").json(true));
        assertEquals(201, made.statusCode(), made.body());
        JsonObject lost = Api.object(made);
        // Another participant signs in at once, and keeps the password they chose.
        Enrolled prompt = Enrolled.fresh(intake);

        var keycloak = new KeycloakAdmin();
        String account = keycloak.idOf(lost.getString("username"));
        Instant handedOut = keycloak.passwordSetAt(account);
        Instant deadline = Instant.now().plusSeconds(lifetime + 90);
        while (!keycloak.passwordSetAt(account).isAfter(handedOut)
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(3_000);
        }
        assertTrue(
                keycloak.passwordSetAt(account).isAfter(handedOut),
                "replaced within a minute of expiring");
        assertTrue(
                Duration.between(handedOut, keycloak.passwordSetAt(account)).toSeconds()
                        >= lifetime,
                "not before it expired");

        var browser = new Browserless();
        HttpResponse<String> refused =
                browser.submitPassword(
                        browser.follow(Target.app() + "/portal/"),
                        lost.getString("username"),
                        lost.getString("temporaryPassword"));
        assertEquals(200, refused.statusCode(), "Keycloak's form again, not a way in");
        assertTrue(Browserless.isKeycloakLoginForm(refused));
        assertTrue(refused.body().contains("ask intake for a new one"), "the page says what to do");

        assertEquals(
                403,
                Api.as(Target.CLINICIAN, Target.STAFF_PASSWORD)
                        .post(
                                "/participants/"
                                        + lost.getString("participantId")
                                        + "/temporary-password",
                                "")
                        .statusCode(),
                "intake's job");
        HttpResponse<String> reissued =
                intake.post(
                        "/participants/" + lost.getString("participantId") + "/temporary-password",
                        "");
        assertEquals(200, reissued.statusCode(), reissued.body());
        String fresh = Api.object(reissued).getString("temporaryPassword");
        assertFalse(fresh.equals(lost.getString("temporaryPassword")));
        String chosen = "Chosen-Again-" + People.letters(6) + "9";
        assertFalse(
                Tokens.accessToken(lost.getString("username"), fresh, chosen).isEmpty(),
                "the new hand-out works");

        assertFalse(
                Tokens.accessToken(prompt.username(), prompt.password()).isEmpty(),
                "someone who set their own password in time is not touched");
    }
}
