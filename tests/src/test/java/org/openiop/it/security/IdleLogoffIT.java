package org.openiop.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.Programs;
import org.openiop.it.support.Target;

/**
 * Idle logoff that holds (HIPAA 45 CFR 164.312(a)(2)(iii)): a session page's roster poll every 5 s
 * does not keep an unattended console signed in. Run by ./openiop test on a restart with
 * openiop.session.idle-seconds shortened to {@code idle.seconds}.
 */
class IdleLogoffIT {

    private static final long IDLE = Long.parseLong(Target.required("idle.seconds"));

    /**
     * What the roster's p:poll sends: a Faces Ajax post from its form, with the page's view state.
     */
    private static HttpResponse<String> poll(Browserless browser, HttpResponse<String> page) {
        Matcher pollId = Pattern.compile("id:\"([^\"]*roster-poll)\"").matcher(page.body());
        Matcher state =
                Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                        .matcher(page.body());
        assertTrue(
                pollId.find() && state.find(),
                "the session page has its roster poll and a view state");
        String source = pollId.group(1);
        String body =
                "jakarta.faces.partial.ajax=true&jakarta.faces.source="
                        + Browserless.enc(source)
                        + "&jakarta.faces.partial.execute="
                        + Browserless.enc(source)
                        + "&jakarta.faces.partial.render=roster%3Aroster-table"
                        + "&"
                        + Browserless.enc(source)
                        + "="
                        + Browserless.enc(source)
                        + "&roster=roster&jakarta.faces.ViewState="
                        + Browserless.enc(state.group(1));
        return browser.send(
                HttpRequest.newBuilder(page.uri())
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Faces-Request", "partial/ajax")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    @Test
    void anUnattendedSessionPageIsSignedOutThoughItPolls() throws InterruptedException {
        Api admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        Programs program = Programs.fresh(admin);
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        HttpResponse<String> made =
                admin.post(
                        "/groups/" + program.groupId() + "/sessions",
                        "{\"startsAt\": \""
                                + start
                                + "\", \"endsAt\": \""
                                + start.plus(3, ChronoUnit.HOURS)
                                + "\"}");
        assertEquals(201, made.statusCode(), made.body());
        String sessionPage =
                Target.app()
                        + "/console/sessions/session.xhtml?id="
                        + Api.object(made)
                                .getJsonArray("sessions")
                                .getJsonObject(0)
                                .getString("id");

        var unattended = new Browserless();
        var working = new Browserless();
        // The last input the server sees is the page's own load, which happens after this instant.
        Instant lastInput = Instant.now();
        HttpResponse<String> page =
                unattended.signIn(sessionPage, Target.CLINICIAN, Target.STAFF_PASSWORD);
        assertEquals(200, page.statusCode());
        working.signIn(Target.app() + "/console/", Target.CLINICIAN, Target.STAFF_PASSWORD);

        HttpResponse<String> answer = poll(unattended, page);
        assertTrue(
                answer.body().contains("roster-table") && !answer.body().contains("<redirect"),
                "a poll is answered: " + answer.body());
        while (!answer.body().contains("<redirect")
                && Instant.now().isBefore(lastInput.plusSeconds(IDLE + 10))) {
            Thread.sleep(2_000);
            answer = poll(unattended, page);
            assertEquals(
                    200,
                    working.get(Target.app() + "/console/").statusCode(),
                    "someone clicking stays signed in");
        }
        long idleFor = Duration.between(lastInput, Instant.now()).toMillis();
        assertTrue(
                answer.body().contains("<redirect url=\"/error/expired.xhtml\""),
                "a poll after the idle time ends it: " + answer.body());
        assertTrue(idleFor >= IDLE * 1000, "not before the idle time: " + idleFor + " ms");
        assertTrue(
                poll(unattended, page).body().contains("openid-connect/auth"),
                "the next poll is signed out");
        HttpResponse<String> ended = unattended.follow(Target.app() + "/error/expired.xhtml");
        assertTrue(ended.body().contains("Your session has ended"), "the page says so");
        assertTrue(ended.body().contains("class=\"site-header\""), "in the site's layout");
        assertFalse(ended.body().contains("signout-form"), "nobody is signed in on it");

        // Ended at Keycloak too: the console asks for the password, it does not sign the screen
        // back in.
        HttpResponse<String> again = unattended.follow(Target.app() + "/console/");
        assertTrue(
                Browserless.isKeycloakLoginForm(again),
                "asked for the password again, at " + again.uri());
        assertEquals(200, working.get(Target.app() + "/console/").statusCode());
    }
}
