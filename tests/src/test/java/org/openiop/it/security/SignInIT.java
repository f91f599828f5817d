package org.openiop.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.Target;

/** Console and portal sign-in through Keycloak, roles, the friendly 403, and sign-out. */
class SignInIT {

    @Test
    void consoleSignedOutRedirectsToKeycloaksLoginPage() {
        var client = new Browserless();
        HttpResponse<String> first = client.get(Target.app() + "/console/");
        assertEquals(302, first.statusCode());
        String location = first.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(Target.realm() + "/protocol/openid-connect/auth"), location);

        HttpResponse<String> page = client.follow(Target.app() + "/console/");
        assertTrue(Browserless.isKeycloakLoginForm(page), "Keycloak's login form");
    }

    @Test
    void clinicianSeesTheDashboardWithUsernameRolesAndTodaysPrograms() {
        HttpResponse<String> page =
                new Browserless()
                        .signIn(
                                Target.app() + "/console/",
                                Target.CLINICIAN,
                                Target.STAFF_PASSWORD);
        assertEquals(200, page.statusCode());
        assertEquals(Target.app() + "/console/", page.uri().toString());
        String html = page.body();
        assertTrue(
                html.contains("id=\"dashboard-username\">demo-clinician<"),
                "username on the dashboard");
        assertTrue(html.contains("data-role=\"clinician\""), "clinician role shown");
        assertFalse(html.contains("data-role=\"program-admin\""), "no role the user lacks");
        assertTrue(html.contains("Evening Adult IOP"), "a demo program running today");
        assertFalse(html.contains("Closed Pilot Program"), "a program that ended is not today's");
    }

    @Test
    void signingInIssuesANewSessionId() {
        var client = new Browserless();
        HttpResponse<String> login = client.follow(Target.app() + "/console/");
        String before = client.sessionId();
        assertFalse(before.isEmpty(), "a session exists on the way to sign-in");

        HttpResponse<String> page =
                client.continueFrom(
                        client.submitLogin(login, Target.CLINICIAN, Target.STAFF_PASSWORD));
        assertEquals(Target.app() + "/console/", page.uri().toString());
        assertFalse(client.sessionId().isEmpty());
        assertFalse(
                before.equals(client.sessionId()),
                "the session id changes at sign-in (session fixation)");
    }

    @Test
    void theMenuShowsOnlyWhatTheRolesAllow() {
        String clinician =
                new Browserless()
                        .signIn(Target.app() + "/console/", Target.CLINICIAN, Target.STAFF_PASSWORD)
                        .body();
        assertTrue(clinician.contains("menu-programs"));
        assertFalse(clinician.contains("menu-status"));

        String admin =
                new Browserless()
                        .signIn(
                                Target.app() + "/console/",
                                Target.PROGRAM_ADMIN,
                                Target.STAFF_PASSWORD)
                        .body();
        assertTrue(admin.contains("menu-programs"));
        assertTrue(admin.contains("menu-status"));

        String auditor =
                new Browserless()
                        .signIn(Target.app() + "/console/", Target.AUDITOR, Target.STAFF_PASSWORD)
                        .body();
        assertTrue(auditor.contains("menu-dashboard"));
        assertFalse(auditor.contains("menu-programs"));
        assertFalse(auditor.contains("menu-status"));
    }

    @Test
    void aPageTheRoleDoesNotAllowGivesTheFriendly403() {
        var auditor = new Browserless();
        auditor.signIn(Target.app() + "/console/", Target.AUDITOR, Target.STAFF_PASSWORD);
        HttpResponse<String> status = auditor.get(Target.app() + "/console/status.xhtml");
        assertEquals(403, status.statusCode());
        assertTrue(status.body().contains("This page is not for your account"));
    }

    @Test
    void aParticipantWhoOpensTheConsoleGetsTheFriendly403Page() {
        var client = new Browserless();
        HttpResponse<String> portal =
                client.signIn(
                        Target.app() + "/portal/", Target.PARTICIPANT, Target.PARTICIPANT_PASSWORD);
        assertEquals(Target.app() + "/portal/", portal.uri().toString());
        assertTrue(portal.body().contains("id=\"portal-username\">" + Target.PARTICIPANT + "<"));

        HttpResponse<String> console = client.get(Target.app() + "/console/");
        assertEquals(403, console.statusCode());
        String html = console.body();
        assertTrue(
                html.contains("<h1>This page is not for your account</h1>"),
                "friendly 403 heading");
        assertTrue(html.contains("class=\"site-header\""), "in the site's layout");
        assertNoTrace(html);
    }

    @Test
    void staffCannotOpenTheParticipantPortal() {
        var client = new Browserless();
        client.signIn(Target.app() + "/console/", Target.CLINICIAN, Target.STAFF_PASSWORD);
        assertEquals(403, client.get(Target.app() + "/portal/").statusCode());
    }

    @Test
    void signOutEndsTheKeycloakSessionToo() {
        var client = new Browserless();
        HttpResponse<String> console =
                client.signIn(Target.app() + "/console/", Target.CLINICIAN, Target.STAFF_PASSWORD);

        HttpResponse<String> posted = client.submitFacesForm(console, "signout-form", "signout");
        String next = posted.headers().firstValue("Location").orElse("");
        assertTrue(
                next.endsWith("/signed-out.xhtml") && !next.contains("openid-connect"),
                "on to a page of our own (form-action 'self' stops a form's redirect to Keycloak): "
                        + next);
        HttpResponse<String> signedOut = client.continueFrom(posted);
        assertTrue(signedOut.body().contains("id=\"signed-out\""));
        HttpResponse<String> out = client.followRefresh(signedOut);
        assertTrue(
                client.hops.stream()
                        .anyMatch(
                                h ->
                                        h.uri()
                                                .toString()
                                                .startsWith(
                                                        Target.realm()
                                                                + "/protocol/openid-connect/logout")),
                "went through Keycloak's end-session endpoint");
        assertEquals(Target.app() + "/", out.uri().toString(), "lands on the start page");

        // Without a Keycloak session the next visit asks for the password again.
        HttpResponse<String> again = client.follow(Target.app() + "/console/");
        assertTrue(Browserless.isKeycloakLoginForm(again), "asked to sign in again");
    }

    @Test
    void keycloakSendsSignInsBackOnlyToTheExactCallback() {
        String auth =
                Target.realm()
                        + "/protocol/openid-connect/auth?client_id=openiop-web&response_type=code&scope=openid"
                        + "&state=s&nonce=n&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&redirect_uri=";
        var client = new Browserless();
        assertTrue(
                Browserless.isKeycloakLoginForm(
                        client.follow(auth + Browserless.enc(Target.app() + "/signin/callback"))));
        for (String elsewhere :
                new String[] {
                    Target.app() + "/signin/callback/../../console/",
                    Target.app() + "/console/",
                    Target.app() + "/signin/callbackx",
                    "https://attacker.example/signin/callback"
                }) {
            HttpResponse<String> refused = new Browserless().get(auth + Browserless.enc(elsewhere));
            assertEquals(400, refused.statusCode(), elsewhere);
            assertTrue(
                    refused.body().contains("redirect_uri"),
                    "Keycloak names the parameter it refused: " + elsewhere);
        }
    }

    @Test
    void aGetToSignOutOnlyAsks() {
        var client = new Browserless();
        client.signIn(Target.app() + "/console/", Target.CLINICIAN, Target.STAFF_PASSWORD);

        // What an <img src=".../signout"> on another site would send.
        HttpResponse<String> asked = client.get(Target.app() + "/signout");
        assertEquals(200, asked.statusCode());
        assertTrue(asked.body().contains("id=\"signout-question\""), "the page asks first");
        assertEquals(200, client.get(Target.app() + "/console/").statusCode(), "still signed in");

        // Its form, posted from the page, signs out.
        HttpResponse<String> out =
                client.followRefresh(
                        client.continueFrom(
                                client.submitFacesForm(asked, "signout-form", "signout")));
        assertEquals(Target.app() + "/", out.uri().toString());
        assertTrue(
                Browserless.isKeycloakLoginForm(client.follow(Target.app() + "/console/")),
                "signed out");
    }

    @Test
    void aForgedSignOutPostWithoutTheFormsStateSignsNoOneOut() {
        var client = new Browserless();
        client.signIn(Target.app() + "/console/", Target.CLINICIAN, Target.STAFF_PASSWORD);

        HttpResponse<String> forged =
                client.postForm(
                        Target.app() + "/signout.xhtml",
                        java.util.Map.of("signout-form", "signout-form", "signout", "signout"));
        assertFalse(
                client.hops.stream()
                        .anyMatch(h -> h.uri().toString().contains("/openid-connect/logout")));
        assertFalse(
                forged.body().contains("/openid-connect/logout"),
                "not sent on to Keycloak's end-session endpoint");
        assertEquals(200, client.get(Target.app() + "/console/").statusCode(), "still signed in");
        assertEquals(
                405,
                client.postForm(Target.app() + "/signout", java.util.Map.of()).statusCode(),
                "/signout takes no POST");
    }

    @Test
    void unknownPagesGetTheFriendly404() {
        HttpResponse<String> page = new Browserless().get(Target.app() + "/no-such-page.xhtml");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("We could not find that page"));
        assertNoTrace(page.body());
    }

    @Test
    void aCallbackWithAForgedStateShowsAnErrorPageNotATrace() {
        HttpResponse<String> page =
                new Browserless()
                        .follow(Target.app() + "/signin/callback?state=forged&code=forged");
        assertTrue(
                page.statusCode() >= 400 || Browserless.isKeycloakLoginForm(page),
                "refused: " + page.statusCode());
        assertNoTrace(page.body());
    }

    static void assertNoTrace(String body) {
        assertFalse(body.contains("Exception"), "no exception name in the page");
        assertFalse(
                body.matches("(?s).*\\bat [a-z]+\\.[a-z]+\\..*\\(.*\\.java:\\d+\\).*"),
                "no stack frame in the page");
        assertFalse(body.contains("Payara"), "no server name in the page");
    }
}
