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
import org.openiop.it.pages.Layout;
import org.openiop.it.pages.console.IncidentPage;
import org.openiop.it.pages.console.IncidentsPage;
import org.openiop.it.pages.console.SessionPage;
import org.openiop.it.pages.portal.ConsentsPage;
import org.openiop.it.pages.portal.JoinPage;
import org.openiop.it.pages.portal.PortalHomePage;
import org.openiop.it.pages.portal.ReportPage;
import org.openiop.it.support.Api;
import org.openiop.it.support.BbbWebhooks;
import org.openiop.it.support.Chromium;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.Joining;
import org.openiop.it.support.Licensing;
import org.openiop.it.support.Target;
import org.openqa.selenium.support.ui.ExpectedConditions;

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
        Licensing.asLicensedInIllinois(admin, () -> journey(admin));
    }

    private static void journey(Api admin) throws Exception {
        Joining program = Joining.fresh(admin, Target.CLINICIAN, "video-bigbluebutton");
        Enrolled member = Enrolled.fresh(Api.as(Target.INTAKE, Target.STAFF_PASSWORD));
        program.addMember(admin, member);
        participantJoinsAndReportsAnIncident(admin, program, member);
        clinicianSeesThemInTheRoom(program, member);
        privacyOfficerAssessesTheIncident();
    }

    private static void participantJoinsAndReportsAnIncident(
            Api admin, Joining program, Enrolled member) throws Exception {
        Map<String, String> pages = new HashMap<>();
        try (Chromium participant = new Chromium()) {
            String joinPage = signTheAgreementAndConsents(participant, member, pages);
            notOpenBeforeTheWindow(participant, admin, program);
            participant.open(joinPage);
            JoinPage join = new JoinPage(participant).awaitShown();

            // Every gate before the questions is met: where are you, the re-affirmation and the
            // camera.
            join.awaitQuestions();
            participant.assertAccessible("journey-join-questions");
            join.join("IL", "CAMERA_OFF");
            participant
                    .waitUpTo(20)
                    .until(ExpectedConditions.urlContains("/bigbluebutton/api/join"));
            URI vendor = URI.create(participant.driver.getCurrentUrl());
            Map<String, String> query = theVendorSeesOnlyThePseudonym(vendor, member);
            theVendorReportsThemInTheRoom(query, member);

            reportAnIncident(participant, program, pages);
            inSpanish(participant, pages, "portal");
        }
    }

    /**
     * From the portal's home to the join page, which stops at the agreement and then at the
     * consents, both signed from there. Returns the join page's address.
     */
    private static String signTheAgreementAndConsents(
            Chromium participant, Enrolled member, Map<String, String> pages) {
        participant.open(Target.app() + "/portal/index.xhtml");
        participant.signInOnKeycloak(member.username(), member.password());
        PortalHomePage home = new PortalHomePage(participant).awaitShown();
        pages.put("portal-home", participant.driver.getCurrentUrl());
        participant.assertAccessible("journey-portal-home");

        JoinPage join = home.joinFirstSession().awaitShown();
        String joinPage = participant.driver.getCurrentUrl();
        pages.put("portal-join", joinPage);
        assertEquals("AGREEMENT", join.stopGate());
        participant.assertAccessible("journey-join-agreement");
        join.signAgreement(member.pseudonym());

        join.awaitStopAt("CONSENTS");
        participant.assertAccessible("journey-join-consents");
        for (String consent : new String[] {"TELEHEALTH", "TPO"}) {
            ConsentsPage form = join.signConsent(consent).awaitForm();
            pages.put("portal-consents", participant.driver.getCurrentUrl());
            form.signUntilDischarge(member.pseudonym());
            participant.open(joinPage);
            join.awaitShown();
        }
        return joinPage;
    }

    /**
     * A session two days ahead is not open yet, and the page says from when (the configured window,
     * 15 minutes).
     */
    private static void notOpenBeforeTheWindow(Chromium participant, Api admin, Joining program) {
        String later =
                Joining.session(admin, program.groupId(), Instant.now().plus(2, ChronoUnit.DAYS));
        participant.open(Target.app() + "/portal/join.xhtml?session=" + later);
        JoinPage join = new JoinPage(participant).awaitShown();
        assertEquals("WINDOW", join.stopGate());
        String notYet = join.stopMessage();
        assertTrue(notYet.contains("opens 15 minutes before"), notYet);
    }

    /** The redirect to the vendor carries the pseudonym, a session-scoped id and nothing else. */
    private static Map<String, String> theVendorSeesOnlyThePseudonym(URI vendor, Enrolled member) {
        Map<String, String> query = query(vendor);
        assertEquals(member.pseudonym(), query.get("fullName"), "the vendor sees the pseudonym");
        assertTrue(
                query.get("userID").matches("[0-9a-f]{32}"),
                "and a session-scoped id: " + query.get("userID"));
        assertEquals("VIEWER", query.get("role"));
        String decoded = URLDecoder.decode(vendor.toString(), StandardCharsets.UTF_8);
        assertFalse(
                decoded.contains(member.username()) || decoded.contains(member.id()),
                "nothing else about them: " + decoded);
        return query;
    }

    /** The vendor reports them in the room (bbb-webhooks, checksum with the shared secret). */
    private static void theVendorReportsThemInTheRoom(Map<String, String> query, Enrolled member)
            throws Exception {
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
    }

    private static void reportAnIncident(
            Chromium participant, Joining program, Map<String, String> pages) {
        participant.open(Target.app() + "/portal/report.xhtml");
        ReportPage report = new ReportPage(participant).awaitShown();
        pages.put("portal-report", participant.driver.getCurrentUrl());
        participant.assertAccessible("journey-report");
        report.report(
                "NAMES_EXPOSED",
                program.sessionId(),
                "Someone's screen showed a full name for a moment.");
        assertTrue(report.myReports().contains("Real names were shown or said"));
    }

    private static void clinicianSeesThemInTheRoom(Joining program, Enrolled member)
            throws Exception {
        String sessionPage =
                Target.app() + "/console/sessions/session.xhtml?id=" + program.sessionId();
        try (Chromium clinician = new Chromium()) {
            clinician.open(sessionPage);
            clinician.signInOnKeycloak(Target.CLINICIAN, Target.STAFF_PASSWORD);
            SessionPage session = new SessionPage(clinician).awaitRoster();
            SessionPage.RosterRow row = session.row(member.pseudonym());
            assertEquals("In the room", row.presence());
            assertEquals("IL", row.placeOfService());
            assertEquals("ALLOW", row.joinVerdict());
            assertTrue(session.offersTheRoom(), "the facilitator can join the room");
            clinician.assertAccessible("journey-session");
            Map<String, String> pages = new HashMap<>();
            pages.put("console-session", sessionPage);
            inSpanish(clinician, pages, "console");
        }
    }

    private static void privacyOfficerAssessesTheIncident() throws Exception {
        try (Chromium privacy = new Chromium()) {
            privacy.open(Target.app() + "/console/incidents/index.xhtml");
            privacy.signInOnKeycloak(Target.PRIVACY_OFFICER, Target.STAFF_PASSWORD);
            IncidentsPage incidents = new IncidentsPage(privacy).awaitShown();
            privacy.assertAccessible("journey-incidents");
            IncidentPage incident = incidents.open("Real names were shown or said").awaitShown();
            String incidentPage = privacy.driver.getCurrentUrl();
            assertTrue(
                    incident.notes().contains("full name for a moment"),
                    "the privacy officer reads the sealed notes");
            privacy.assertAccessible("journey-incident-open");
            incident.assessAsBreach(
                    new IncidentPage.Factors(
                            "A first and last name, no diagnosis.",
                            "Group members bound by the confidentiality agreement.",
                            "Seen on screen for a moment.",
                            "Members reminded of the agreement."),
                    "1",
                    "IL=1");
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            assertTrue(
                    incident.individualsDue().startsWith(today.plusDays(60).toString()),
                    incident.individualsDue());
            assertTrue(
                    incident.hhsDue()
                            .startsWith(
                                    LocalDate.of(today.getYear(), 12, 31).plusDays(60).toString()),
                    "fewer than 500: the annual log");
            privacy.assertAccessible("journey-incident-assessed");
            Map<String, String> pages = new HashMap<>();
            pages.put("console-incidents", Target.app() + "/console/incidents/index.xhtml");
            pages.put("console-incident", incidentPage);
            pages.put("console-dashboard", Target.app() + "/console/index.xhtml");
            inSpanish(privacy, pages, "console");
        }
    }

    /** Switches to Spanish and runs axe-core again on each page of the journey. */
    private static void inSpanish(Chromium chromium, Map<String, String> pages, String area) {
        Layout layout = new Layout(chromium);
        layout.chooseSpanish();
        layout.awaitLanguage("es");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            chromium.open(page.getValue());
            layout.awaitLanguage("es");
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
