package org.openiop.it.join;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.BbbWebhooks;
import org.openiop.it.support.Chromium;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.Joining;
import org.openiop.it.support.Target;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The join journey in Chromium on the EAR: a participant signs the agreement and the consents from
 * the join page, says where they are and joins; the redirect goes to the vendor (BigBlueButton's
 * API simulator, since no video server runs here) with only the pseudonym and a session-scoped id;
 * a signed vendor webhook puts them in the room on the clinician's session page; they report an
 * incident, and the privacy officer assesses it and sees its deadlines. axe-core checks every page,
 * in English and in Spanish.
 */
class JoinJourneyIT {

    @Test
    void aParticipantJoinsIsSeenInTheRoomAndReportsAnIncidentThePrivacyOfficerAssesses()
            throws Exception {
        Api admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        String credentials = "/clinicians/" + Target.CLINICIAN + "/credentials";
        HttpResponse<String> license =
                admin.post(
                        credentials,
                        "{\"profession\": \"COUNSELOR\", \"type\": \"LICENSE\", \"jurisdiction\":"
                                + " \"IL\", \"number\": \"IL-JOURNEY\", \"validFrom\":"
                                + " \"2020-01-01\"}");
        assertEquals(201, license.statusCode(), license.body());
        try {
            journey(admin);
        } finally {
            // demo-clinician goes back to having no credentials, as the other tests expect.
            admin.delete(credentials + "/" + Api.object(license).getString("id"));
        }
    }

    private static void journey(Api admin) throws Exception {
        Joining program = Joining.fresh(admin, Target.CLINICIAN, "video-bigbluebutton");
        Enrolled member = Enrolled.fresh(Api.as(Target.INTAKE, Target.STAFF_PASSWORD));
        program.addMember(admin, member);
        Map<String, String> pages = new HashMap<>();
        URI vendor;
        try (Chromium participant = new Chromium()) {
            participant.open(Target.app() + "/portal/index.xhtml");
            participant.signInOnKeycloak(member.username(), member.password());
            participant.waitForHeading("My sessions");
            pages.put("portal-home", participant.driver.getCurrentUrl());
            participant.assertAccessible("journey-portal-home");
            participant.driver.findElement(By.cssSelector("a.join-link")).click();

            participant.waitForHeading("Join your session");
            String joinPage = participant.driver.getCurrentUrl();
            pages.put("portal-join", joinPage);
            assertEquals("AGREEMENT", stopGate(participant));
            participant.assertAccessible("journey-join-agreement");
            participant.driver.findElement(By.id("sign:agree")).click();
            participant.driver.findElement(By.id("sign:signature")).sendKeys(member.pseudonym());
            participant.driver.findElement(By.id("sign:sign-button")).click();

            participant
                    .waitUpTo(20)
                    .until(
                            ExpectedConditions.attributeToBe(
                                    By.id("join-stop-message"), "data-gate", "CONSENTS"));
            participant.assertAccessible("journey-join-consents");
            for (String consent : new String[] {"TELEHEALTH", "TPO"}) {
                participant.driver.findElement(By.cssSelector("a.sign-" + consent)).click();
                participant
                        .waitUpTo(20)
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("new:signature")));
                pages.put("portal-consents", participant.driver.getCurrentUrl());
                WebElement untilDischarge =
                        participant.driver.findElement(By.id("new:until-discharge"));
                if (!untilDischarge.isSelected()) {
                    untilDischarge.click();
                }
                participant.driver.findElement(By.id("new:signature")).sendKeys(member.pseudonym());
                participant.driver.findElement(By.id("new:sign-consent")).click();
                participant.waitUpTo(20).until(ExpectedConditions.urlContains("signed=true"));
                participant.open(joinPage);
                participant.waitForHeading("Join your session");
            }

            // A session two days ahead is not open yet, and the page says from when (the configured
            // window, 15 minutes).
            String later =
                    Joining.session(
                            admin, program.groupId(), Instant.now().plus(2, ChronoUnit.DAYS));
            participant.open(Target.app() + "/portal/join.xhtml?session=" + later);
            participant.waitForHeading("Join your session");
            assertEquals("WINDOW", stopGate(participant));
            String notYet = participant.driver.findElement(By.id("join-stop-message")).getText();
            assertTrue(notYet.contains("opens 15 minutes before"), notYet);
            participant.open(joinPage);
            participant.waitForHeading("Join your session");

            // Every gate before the questions is met: where are you, the re-affirmation and the
            // camera.
            participant
                    .waitUpTo(20)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("join:join-button")));
            participant.assertAccessible("journey-join-questions");
            new Select(participant.driver.findElement(By.id("join:location"))).selectByValue("IL");
            participant.driver.findElement(By.id("join:reaffirm")).click();
            participant
                    .driver
                    .findElement(By.cssSelector("input[name='join:camera'][value='CAMERA_OFF']"))
                    .click();
            participant.driver.findElement(By.id("join:join-button")).click();
            participant
                    .waitUpTo(20)
                    .until(ExpectedConditions.urlContains("/bigbluebutton/api/join"));
            vendor = URI.create(participant.driver.getCurrentUrl());

            Map<String, String> query = query(vendor);
            assertEquals(
                    member.pseudonym(), query.get("fullName"), "the vendor sees the pseudonym");
            assertTrue(
                    query.get("userID").matches("[0-9a-f]{32}"),
                    "and a session-scoped id: " + query.get("userID"));
            assertEquals("VIEWER", query.get("role"));
            String decoded = URLDecoder.decode(vendor.toString(), StandardCharsets.UTF_8);
            assertFalse(
                    decoded.contains(member.username()) || decoded.contains(member.id()),
                    "nothing else about them: " + decoded);

            // The vendor reports them in the room (bbb-webhooks, checksum with the shared secret).
            String event =
                    BbbWebhooks.body(
                            "user-joined",
                            query.get("meetingID"),
                            query.get("userID"),
                            member.pseudonym());
            HttpResponse<String> delivered =
                    BbbWebhooks.deliver(
                            event,
                            BbbWebhooks.sha256(
                                    BbbWebhooks.CALLBACK + event + Target.required("bbb.secret")));
            assertEquals(202, delivered.statusCode(), delivered.body());
            assertEquals(1, Api.object(delivered).getInt("recorded"));

            participant.open(Target.app() + "/portal/report.xhtml");
            participant.waitForHeading("Report a problem");
            pages.put("portal-report", participant.driver.getCurrentUrl());
            participant.assertAccessible("journey-report");
            participant
                    .driver
                    .findElement(By.cssSelector("input[name='report:kind'][value='NAMES_EXPOSED']"))
                    .click();
            new Select(participant.driver.findElement(By.id("report:session")))
                    .selectByValue(program.sessionId());
            participant
                    .driver
                    .findElement(By.id("report:notes"))
                    .sendKeys("Someone's screen showed a full name for a moment.");
            participant.driver.findElement(By.id("report:report-button")).click();
            participant
                    .waitUpTo(20)
                    .until(
                            ExpectedConditions.textToBePresentInElementLocated(
                                    By.id("messages"), "privacy officer"));
            assertTrue(
                    participant
                            .driver
                            .findElement(By.id("my-reports"))
                            .getText()
                            .contains("Real names were shown or said"));

            inSpanish(participant, pages, "portal");
        }

        String sessionPage =
                Target.app() + "/console/sessions/session.xhtml?id=" + program.sessionId();
        try (Chromium clinician = new Chromium()) {
            clinician.open(sessionPage);
            clinician.signInOnKeycloak(Target.CLINICIAN, Target.STAFF_PASSWORD);
            clinician
                    .waitUpTo(20)
                    .until(
                            ExpectedConditions.presenceOfElementLocated(
                                    By.id("roster:roster-table")));
            WebElement row =
                    clinician
                            .driver
                            .findElements(By.cssSelector("#roster\\:roster-table tbody tr"))
                            .stream()
                            .filter(r -> r.getText().contains(member.pseudonym()))
                            .findFirst()
                            .orElseThrow();
            assertEquals("In the room", row.findElement(By.cssSelector(".presence")).getText());
            assertEquals("IL", row.findElement(By.cssSelector(".place-of-service")).getText());
            assertEquals("ALLOW", row.findElement(By.cssSelector(".join-verdict")).getText());
            assertTrue(
                    clinician.driver.findElements(By.id("facilitate:join-room")).size() == 1,
                    "the facilitator can join the room");
            clinician.assertAccessible("journey-session");
            pages.clear();
            pages.put("console-session", sessionPage);
            inSpanish(clinician, pages, "console");
        }

        try (Chromium privacy = new Chromium()) {
            privacy.open(Target.app() + "/console/incidents/index.xhtml");
            privacy.signInOnKeycloak(Target.PRIVACY_OFFICER, Target.STAFF_PASSWORD);
            privacy.waitForHeading("Incidents");
            privacy.assertAccessible("journey-incidents");
            privacy.driver.findElements(By.cssSelector("#open-incidents a.incident-link")).stream()
                    .filter(a -> a.getText().equals("Real names were shown or said"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            privacy.waitForHeading("Incident");
            String incidentPage = privacy.driver.getCurrentUrl();
            assertTrue(
                    privacy.driver
                            .findElement(By.id("incident-notes"))
                            .getText()
                            .contains("full name for a moment"),
                    "the privacy officer reads the sealed notes");
            privacy.assertAccessible("journey-incident-open");
            privacy.driver
                    .findElement(By.id("assess:nature"))
                    .sendKeys("A first and last name, no diagnosis.");
            privacy.driver
                    .findElement(By.id("assess:recipient"))
                    .sendKeys("Group members bound by the confidentiality agreement.");
            privacy.driver
                    .findElement(By.id("assess:acquired"))
                    .sendKeys("Seen on screen for a moment.");
            privacy.driver
                    .findElement(By.id("assess:mitigation"))
                    .sendKeys("Members reminded of the agreement.");
            privacy.driver.findElement(By.id("assess:breach")).click();
            privacy.driver.findElement(By.id("assess:affected")).sendKeys("1");
            privacy.driver.findElement(By.id("assess:residents")).sendKeys("IL=1");
            privacy.driver.findElement(By.id("assess:assess-button")).click();
            privacy.waitUpTo(20)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("individuals-due")));
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            assertTrue(
                    privacy.driver
                            .findElement(By.id("individuals-due"))
                            .getText()
                            .startsWith(today.plusDays(60).toString()),
                    privacy.driver.findElement(By.id("individuals-due")).getText());
            assertTrue(
                    privacy.driver
                            .findElement(By.id("hhs-due"))
                            .getText()
                            .startsWith(
                                    LocalDate.of(today.getYear(), 12, 31).plusDays(60).toString()),
                    "fewer than 500: the annual log");
            privacy.assertAccessible("journey-incident-assessed");
            pages.clear();
            pages.put("console-incidents", Target.app() + "/console/incidents/index.xhtml");
            pages.put("console-incident", incidentPage);
            pages.put("console-dashboard", Target.app() + "/console/index.xhtml");
            inSpanish(privacy, pages, "console");
        }
    }

    private static String stopGate(Chromium chromium) {
        return chromium.driver.findElement(By.id("join-stop-message")).getAttribute("data-gate");
    }

    /** Switches to Spanish and runs axe-core again on each page of the journey. */
    private static void inSpanish(Chromium chromium, Map<String, String> pages, String area) {
        chromium.driver.findElement(By.id("language:es")).click();
        chromium.waitUpTo(20)
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "es"));
        for (Map.Entry<String, String> page : pages.entrySet()) {
            chromium.open(page.getValue());
            chromium.waitUpTo(20)
                    .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "es"));
            chromium.assertAccessible("journey-es-" + page.getKey());
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            out.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
