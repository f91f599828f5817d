package org.openiop.it.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openiop.it.pages.KeycloakNewPasswordPage;
import org.openiop.it.pages.Layout;
import org.openiop.it.pages.console.AuditPage;
import org.openiop.it.pages.console.BreakGlassReviewPage;
import org.openiop.it.pages.console.EnrollPage;
import org.openiop.it.pages.console.ParticipantPage;
import org.openiop.it.pages.console.ParticipantsPage;
import org.openiop.it.pages.portal.PortalHomePage;
import org.openiop.it.pages.portal.PseudonymPage;
import org.openiop.it.support.Chromium;
import org.openiop.it.support.People;
import org.openiop.it.support.Target;

/**
 * The participant pages in a real browser, with axe-core on each: intake enrolls someone and gets
 * the hand-out, the new participant signs in for the first time and picks a pseudonym, staff use
 * the list, the vault, the emergency-view review and the audit page.
 */
class ParticipantPagesIT {

    @Test
    void intakeEnrollsAndTheNewParticipantSignsInAndChoosesAPseudonym() throws Exception {
        People.Person person = People.distinctive("Araminta");
        Handout handout = intakeEnrollsAndHandsOut(person);
        theNewParticipantSetsAPasswordAndChoosesAPseudonym(person, handout);
    }

    /** The username and the temporary password on the hand-out. */
    private record Handout(String username, String password) {}

    private static Handout intakeEnrollsAndHandsOut(People.Person person) throws Exception {
        try (Chromium chromium = new Chromium()) {
            chromium.open(Target.app() + "/console/participants/enroll.xhtml");
            chromium.signInOnKeycloak(Target.INTAKE, Target.STAFF_PASSWORD);
            EnrollPage enroll = new EnrollPage(chromium).awaitShown();
            chromium.assertAccessible("console-enroll");

            enroll.submit();
            enroll.awaitFieldErrors();
            assertTrue(chromium.driver.getPageSource().contains("Legal last name is required."));
            chromium.assertAccessible("console-enroll-errors");

            enroll.enterIdentity(
                    person.first(), person.last(), dateForTheBrowser(person.dateOfBirth()));
            enroll.enterContact("+1 312 555 0100", "5 Invented Lane", "Peoria", "IL", "61602");
            enroll.enterStateOfResidence("IL");
            enroll.enterEmergencyContact("Morgan Placeholder", "312-555-0199");
            enroll.submit();

            enroll.awaitHandout();
            String username = enroll.handoutUsername();
            String password = enroll.handoutPassword();
            assertTrue(username.matches("[a-z]+-[a-z]+-[0-9]{4}"), username);
            String handout = enroll.handout().toLowerCase();
            for (String word :
                    new String[] {
                        "addiction",
                        "substance",
                        "iop",
                        "program",
                        "treatment",
                        person.last().toLowerCase()
                    }) {
                assertFalse(handout.contains(word), "the hand-out says " + word);
            }
            chromium.assertAccessible("console-enroll-handout");

            chromium.open(Target.app() + "/console/participants/enroll.xhtml");
            enroll.awaitShown();
            assertFalse(
                    chromium.driver.getPageSource().contains(password),
                    "the password is shown once only");
            return new Handout(username, password);
        }
    }

    private static void theNewParticipantSetsAPasswordAndChoosesAPseudonym(
            People.Person person, Handout handout) throws Exception {
        try (Chromium chromium = new Chromium()) {
            chromium.open(Target.app() + "/portal/");
            chromium.signInOnKeycloak(handout.username(), handout.password());
            String fresh = "Own-Secret-" + People.letters(6) + "5K";
            new KeycloakNewPasswordPage(chromium).awaitShown().setPassword(fresh);

            PseudonymPage pseudonym = new PseudonymPage(chromium).awaitShown();
            chromium.assertAccessible("portal-pseudonym");
            pseudonym.propose(person.first() + " Star");
            pseudonym.awaitMessage("legal name");
            assertFalse(pseudonym.text().contains(person.last()));
            chromium.assertAccessible("portal-pseudonym-refused");

            String suggestion = pseudonym.firstSuggestion();
            pseudonym.takeFirstSuggestion(suggestion);
            pseudonym.save();
            pseudonym.awaitSaved();
            assertEquals(suggestion, pseudonym.savedPseudonym());

            chromium.open(Target.app() + "/portal/");
            PortalHomePage home = new PortalHomePage(chromium).awaitShown();
            assertEquals(suggestion, home.pseudonym());
            assertFalse(
                    chromium.driver.getPageSource().contains(person.last()),
                    "the portal shows no real name");
        }
    }

    @Test
    void intakeFindsAParticipantAndOpensTheIdentityForAStatedPurpose() throws Exception {
        try (Chromium chromium = new Chromium()) {
            chromium.open(Target.app() + "/console/participants/");
            chromium.signInOnKeycloak(Target.INTAKE, Target.STAFF_PASSWORD);
            ParticipantsPage participants = new ParticipantsPage(chromium).awaitShown();
            participants.awaitRows();
            chromium.assertAccessible("console-participants");

            participants.search("Morning Finch", "amber-heron-4821");
            assertEquals(1, participants.rows());

            ParticipantPage participant = participants.open("Morning Finch").awaitShown();
            chromium.assertAccessible("console-participant");
            participant.openIdentity("ENROLLMENT");
            assertTrue(participant.identity().contains("Avery"));
            chromium.assertAccessible("console-participant-identity");
        }
    }

    @Test
    void aClinicianSeesPseudonymsOnlyAndAPrivacyOfficerReviewsTheEmergencyView() throws Exception {
        try (Chromium chromium = new Chromium()) {
            chromium.open(Target.app() + "/console/participants/?q=Harbor%20Light");
            chromium.signInOnKeycloak(Target.CLINICIAN, Target.STAFF_PASSWORD);
            ParticipantsPage participants = new ParticipantsPage(chromium).awaitShown();
            assertEquals(1, participants.rows());
            ParticipantPage participant = participants.open("Harbor Light").awaitShown();
            assertFalse(
                    chromium.driver.getPageSource().contains("Jordan"),
                    "no identity without an emergency view");
            participant.openEmergencyView("DUTY_TO_WARN");
            assertTrue(participant.identity().contains("Jordan"));
            new Layout(chromium).signOut();
        }
        try (Chromium chromium = new Chromium()) {
            chromium.open(Target.app() + "/console/privacy/break-glass.xhtml");
            chromium.signInOnKeycloak(Target.PRIVACY_OFFICER, Target.STAFF_PASSWORD);
            BreakGlassReviewPage review = new BreakGlassReviewPage(chromium).awaitShown();
            chromium.assertAccessible("console-break-glass-review");
            assertTrue(review.reviews().contains(Target.CLINICIAN));

            chromium.open(Target.app() + "/console/audit/");
            AuditPage audit = new AuditPage(chromium).awaitShown();
            audit.verify();
            assertTrue(audit.verifyResult().matches("intact, [0-9]+ events"), audit.verifyResult());
            chromium.assertAccessible("console-audit");
        }
    }

    /**
     * Chromium's date field takes the digits in the order of its en-US display: month, day, year.
     */
    private static String dateForTheBrowser(String isoDate) {
        String[] ymd = isoDate.split("-");
        return ymd[1] + ymd[2] + ymd[0];
    }
}
