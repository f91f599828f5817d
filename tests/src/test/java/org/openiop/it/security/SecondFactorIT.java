package org.openiop.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.KeycloakAdmin;
import org.openiop.it.support.People;
import org.openiop.it.support.Target;
import org.openiop.it.support.Totp;

/**
 * Staff sign in with a second factor (HIPAA 45 CFR 164.312(d)): the realm's browser flow asks
 * everyone holding a staff role for a one-time code, and one who has none sets it up first.
 * Participants are not asked.
 */
class SecondFactorIT {

    @Test
    void aNewMemberOfStaffSetsUpACodeAndThenNeedsTheCurrentOne() {
        var keycloak = new KeycloakAdmin();
        String username = "it-2fa-" + People.letters(8).toLowerCase();
        String password = "It-Second-Factor-2026-" + People.letters(3);
        String id = keycloak.createUser(username, password, "intake");
        try {
            var first = new Browserless();
            HttpResponse<String> afterPassword =
                    first.submitPassword(
                            first.follow(Target.app() + "/console/"), username, password);
            assertTrue(
                    Browserless.asksToSetUpCode(first.withinKeycloak(afterPassword)),
                    "no second factor yet: Keycloak has them set one up before anything else");
            HttpResponse<String> console =
                    first.continueFrom(first.secondFactor(afterPassword, username));
            assertEquals(
                    Target.app() + "/console/",
                    console.uri().toString(),
                    "in, once the code from the new secret was right");

            var second = new Browserless();
            HttpResponse<String> asked =
                    second.withinKeycloak(
                            second.submitPassword(
                                    second.follow(Target.app() + "/console/"), username, password));
            assertTrue(Browserless.asksForCode(asked), "the password alone is not enough");
            String wrong = Totp.code(Totp.secretOf(username), Instant.now().plusSeconds(3600));
            HttpResponse<String> refused =
                    second.postForm(Browserless.codeFormAction(asked), Map.of("otp", wrong));
            assertEquals(200, refused.statusCode(), "Keycloak shows its form again");
            assertTrue(Browserless.asksForCode(refused), "a wrong code does not get in");
            assertEquals(302, second.get(Target.app() + "/console/").statusCode(), "not signed in");

            HttpResponse<String> again =
                    second.withinKeycloak(
                            second.submitPassword(
                                    second.follow(Target.app() + "/console/"), username, password));
            HttpResponse<String> in =
                    second.continueFrom(
                            second.postForm(
                                    Browserless.codeFormAction(again),
                                    Map.of("otp", Totp.now(username))));
            assertEquals(
                    Target.app() + "/console/", in.uri().toString(), "the current code gets in");
        } finally {
            keycloak.deleteUser(id);
        }
    }

    @Test
    void everyDemoStaffRoleIsAskedAndAParticipantIsNot() {
        for (String staff :
                new String[] {
                    Target.CLINICIAN,
                    Target.INTAKE,
                    Target.PROGRAM_ADMIN,
                    Target.AUDITOR,
                    Target.PRIVACY_OFFICER
                }) {
            var browser = new Browserless();
            HttpResponse<String> next =
                    browser.submitPassword(
                            browser.follow(Target.app() + "/console/"),
                            staff,
                            Target.STAFF_PASSWORD);
            assertTrue(
                    Browserless.asksForCode(browser.withinKeycloak(next)),
                    staff + " is asked for a code");
        }
        var participant = new Browserless();
        HttpResponse<String> next =
                participant.submitPassword(
                        participant.follow(Target.app() + "/portal/"),
                        Target.PARTICIPANT,
                        Target.PARTICIPANT_PASSWORD);
        assertFalse(Browserless.asksForCode(participant.withinKeycloak(next)));
        HttpResponse<String> portal = participant.continueFrom(next);
        assertEquals(
                Target.app() + "/portal/",
                portal.uri().toString(),
                "straight back to the portal, no code");
    }

    @Test
    void aParticipantMayAddASecondFactorFromThePortalAndIsAskedForItFromThenOn() {
        Enrolled member = Enrolled.fresh(Api.as(Target.INTAKE, Target.STAFF_PASSWORD));
        var browser = new Browserless();
        HttpResponse<String> portal =
                browser.signIn(Target.app() + "/portal/", member.username(), member.password());
        assertEquals(Target.app() + "/portal/", portal.uri().toString());
        assertTrue(portal.body().contains("id=\"add-second-factor\""), "the portal offers it");

        HttpResponse<String> toKeycloak = browser.get(Target.app() + "/signin/second-factor");
        assertEquals(302, toKeycloak.statusCode());
        String location = toKeycloak.headers().firstValue("Location").orElseThrow();
        assertTrue(
                location.contains("kc_action=CONFIGURE_TOTP")
                        && location.contains("code_challenge_method=S256"),
                location);
        HttpResponse<String> setup = browser.follow(location);
        assertTrue(
                Browserless.asksToSetUpCode(setup),
                "Keycloak shows the set-up page, without asking for the password again");
        HttpResponse<String> back =
                browser.continueFrom(browser.secondFactor(setup, member.username()));
        assertEquals(
                Target.app() + "/portal/",
                back.uri().toString(),
                "back in the portal, still signed in");

        var later = new Browserless();
        HttpResponse<String> asked =
                later.withinKeycloak(
                        later.submitPassword(
                                later.follow(Target.app() + "/portal/"),
                                member.username(),
                                member.password()));
        assertTrue(Browserless.asksForCode(asked), "from now on their sign-in asks for the code");

        var staff = new Browserless();
        staff.signIn(Target.app() + "/console/", Target.CLINICIAN, Target.STAFF_PASSWORD);
        assertEquals(
                403,
                staff.get(Target.app() + "/signin/second-factor").statusCode(),
                "staff have theirs from the realm");
    }
}
