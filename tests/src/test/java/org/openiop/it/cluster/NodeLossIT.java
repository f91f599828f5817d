package org.openiop.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openiop.it.pages.console.SessionPage;
import org.openiop.it.pages.portal.JoinPage;
import org.openiop.it.pages.portal.PortalHomePage;
import org.openiop.it.support.Api;
import org.openiop.it.support.Chromium;
import org.openiop.it.support.Cluster;
import org.openiop.it.support.Database;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.Joining;
import org.openiop.it.support.Licensing;
import org.openiop.it.support.Target;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A node dies under a signed-in participant and a clinician (issue 17): both are on node1 when it
 * is killed with kill -9; the participant's next portal page and their join, and the clinician's
 * session page, succeed on node2 without a password prompt (Keycloak's single sign-on signs them in
 * again there), and the join is recorded once.
 */
class NodeLossIT {

    @Test
    void aParticipantAndAClinicianKeepWorkingWhenTheirNodeDies() throws Exception {
        Api admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        Licensing.asLicensedInIllinois(
                admin,
                () -> {
                    Joining program = Joining.fresh(admin, Target.CLINICIAN, "video-bigbluebutton");
                    Enrolled member =
                            program.ready(
                                    admin,
                                    Enrolled.fresh(Api.as(Target.INTAKE, Target.STAFF_PASSWORD)));
                    bothKeepWorking(program, member);
                });
    }

    private static void bothKeepWorking(Joining program, Enrolled member) throws Exception {
        String joinPage = Target.app() + "/portal/join.xhtml?session=" + program.sessionId();
        String sessionPage =
                Target.app() + "/console/sessions/session.xhtml?id=" + program.sessionId();
        Cluster.awaitReady();
        try (Chromium participant = new Chromium();
                Chromium clinician = new Chromium()) {
            Cluster.pin(participant, "node1");
            signInBeforeTheKill(
                    participant,
                    Target.app() + "/portal/index.xhtml",
                    member.username(),
                    member.password(),
                    PortalHomePage.HEADING);
            assertEquals("node1", Cluster.nodeOf(participant), "the participant is on node1");

            Cluster.pin(clinician, "node1");
            signInBeforeTheKill(
                    clinician,
                    sessionPage,
                    Target.CLINICIAN,
                    Target.STAFF_PASSWORD,
                    SessionPage.HEADING);
            new SessionPage(clinician).awaitRoster();
            assertEquals("node1", Cluster.nodeOf(clinician), "the clinician is on node1");

            long killed = System.nanoTime();
            Cluster.kill("node1");

            // No password typed from here on: a page that stopped at Keycloak's login form would
            // never show the join page's heading.
            participant.open(joinPage);
            JoinPage join = new JoinPage(participant).awaitShown();
            double seconds = (System.nanoTime() - killed) / 1e9;
            assertEquals("node2", Cluster.nodeOf(participant), "now served by node2");
            join.awaitQuestions();
            join.join("IL", "CAMERA_OFF");
            participant
                    .waitUpTo(20)
                    .until(ExpectedConditions.urlContains("/bigbluebutton/api/join"));

            clinician.open(sessionPage);
            SessionPage session = new SessionPage(clinician).awaitRoster();
            assertEquals("node2", Cluster.nodeOf(clinician), "now served by node2");
            assertEquals("ALLOW", session.row(member.pseudonym()).joinVerdict());
            System.out.printf(
                    "NodeLossIT: %.1f s from kill -9 of node1 to the participant's next page on"
                            + " node2, signed in again without a password%n",
                    seconds);
        }
        assertEquals(1, ticketsIssued(program.sessionId()), "the join was recorded once");
    }

    /**
     * Signs in on node1 before the kill. In three of five runs behind HAProxy the first sign-in of
     * a fresh browser ended on "Sign-in was not completed" (unknown state on node1) - not yet
     * explained, and recorded in issue 17's notes; it is setup here, not what this test proves, so
     * it is tried once more (Keycloak's session makes that a redirect, not a password) and said.
     * Everything after the kill has no such allowance.
     */
    private static void signInBeforeTheKill(
            Chromium browser, String page, String username, String password, String heading) {
        browser.open(page);
        browser.signInOnKeycloak(username, password);
        browser.waitUpTo(20)
                .until(
                        d -> {
                            String h1 =
                                    d.findElement(org.openqa.selenium.By.tagName("h1")).getText();
                            return h1.equals(heading) || h1.equals("Sign-in was not completed");
                        });
        if (!browser.driver
                .findElement(org.openqa.selenium.By.tagName("h1"))
                .getText()
                .equals(heading)) {
            System.out.println(
                    "NodeLossIT: " + username + "'s sign-in on node1 was not completed; once more");
            browser.open(page);
            browser.waitForHeading(heading);
        }
    }

    private static int ticketsIssued(String sessionId) throws Exception {
        try (Connection c = Database.connect();
                PreparedStatement s =
                        c.prepareStatement(
                                "select count(*) from join_attempt where session_id = ? and"
                                        + " ticket_used_at is not null")) {
            s.setObject(1, UUID.fromString(sessionId));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
