package org.openiop.it.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openiop.it.pages.Layout;
import org.openiop.it.pages.console.CalendarPage;
import org.openiop.it.pages.console.GroupPage;
import org.openiop.it.pages.console.HoursReportPage;
import org.openiop.it.pages.console.ProgramPage;
import org.openiop.it.pages.console.SessionPage;
import org.openiop.it.pages.portal.AgreementPage;
import org.openiop.it.pages.portal.ConsentPrintPage;
import org.openiop.it.pages.portal.ConsentsPage;
import org.openiop.it.pages.portal.PortalHomePage;
import org.openiop.it.support.Chromium;
import org.openiop.it.support.People;
import org.openiop.it.support.Target;

/**
 * In Chromium, with axe-core on every page: a program admin creates a program, a group with a
 * weekly schedule and an agreement, and adds a member; the participant signs the agreement and a
 * TPO consent in the portal; the facilitator marks attendance and sees the hours.
 */
class ProgramPagesIT {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void anAdminBuildsAProgramAndAGroupAndTheFacilitatorMarksAttendanceAndSeesTheHours()
            throws Exception {
        String programName = "Browser IOP " + People.letters(5);
        String groupName = "Tuesday Circle " + People.letters(4);
        LocalDate today = LocalDate.now(CHICAGO);
        String programUrl;
        String groupUrl;
        try (Chromium chromium = new Chromium()) {
            programUrl = anAdminCreatesTheProgram(chromium, programName, today);
            groupUrl = aGroupIsMadeWithAMember(chromium, groupName, today);
            anImpossibleCapacityIsRefused(chromium);
            theProgramPublishesItsAgreement(chromium, programUrl, programName);
            aSessionIsAddedForYesterday(chromium, groupUrl, groupName, today);
        }

        String programId = programUrl.substring(programUrl.indexOf("id=") + 3);
        try (Chromium chromium = new Chromium()) {
            theMemberSignsTheAgreementAndConsents(chromium, programId);
        }

        try (Chromium chromium = new Chromium()) {
            theFacilitatorMarksAttendance(chromium, groupUrl, groupName, today);
            theHoursReportCountsIt(chromium, programUrl);
        }
    }

    /** Returns the new program's address. */
    private static String anAdminCreatesTheProgram(
            Chromium chromium, String programName, LocalDate today) {
        chromium.open(Target.app() + "/console/programs/program.xhtml");
        chromium.signInOnKeycloak(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        ProgramPage program = new ProgramPage(chromium).awaitHeading(ProgramPage.NEW_HEADING);
        chromium.assertAccessible("console-program-new");
        program.create(programName, "America/Chicago", today.minusWeeks(3).toString(), "IL");
        program.awaitHeading(programName);
        assertEquals("9", program.hours(), "adult IOP default");
        return chromium.driver.getCurrentUrl();
    }

    /**
     * On the program's page: a group on Monday, Wednesday and Friday evenings. Returns its address.
     */
    private static String aGroupIsMadeWithAMember(
            Chromium chromium, String groupName, LocalDate today) {
        new ProgramPage(chromium)
                .createGroup(
                        groupName, Target.CLINICIAN, "MONDAY|WEDNESDAY|FRIDAY", "18:00", "21:00");
        GroupPage group = new GroupPage(chromium).awaitHeading(groupName);
        group.awaitSessionsScheduled();
        assertTrue(group.sessions().contains("18:00"));
        String groupUrl = chromium.driver.getCurrentUrl();

        // A member, found by typing part of a pseudonym.
        group.addMember("Morning", "Morning Finch", today.minusWeeks(2).toString());
        chromium.assertAccessible("console-group");
        return groupUrl;
    }

    /** An impossible capacity is refused on the page, with a message saying what to fix. */
    private static void anImpossibleCapacityIsRefused(Chromium chromium) {
        new GroupPage(chromium).saveCapacity("0");
        new Layout(chromium).awaitMessage("capacity", 10);
    }

    /** The program's confidentiality agreement, which members must sign. */
    private static void theProgramPublishesItsAgreement(
            Chromium chromium, String programUrl, String programName) {
        chromium.open(programUrl);
        ProgramPage program = new ProgramPage(chromium).awaitHeading(programName);
        program.publishAgreement("# Our agreement\n\nWhat is shared here stays here.");
        assertTrue(program.unsigned().contains("Morning Finch"));
        chromium.assertAccessible("console-program");
    }

    /** A single session yesterday evening, which the facilitator will mark. */
    private static void aSessionIsAddedForYesterday(
            Chromium chromium, String groupUrl, String groupName, LocalDate today) {
        chromium.open(groupUrl);
        new GroupPage(chromium)
                .awaitHeading(groupName)
                .addSession(today.minusDays(1).toString(), "18:00", "21:00");
        new Layout(chromium).awaitMessage("The session was added", 10);
    }

    private static void theMemberSignsTheAgreementAndConsents(Chromium chromium, String programId) {
        chromium.open(Target.app() + "/portal/");
        chromium.signInOnKeycloak(Target.PARTICIPANT, Target.PARTICIPANT_PASSWORD);
        PortalHomePage home = new PortalHomePage(chromium).awaitShown();
        chromium.assertAccessible("portal-home-to-sign");
        AgreementPage agreement = home.signAgreementOf(programId).awaitShown();
        assertTrue(agreement.text().contains("What is shared here stays here."));
        chromium.assertAccessible("portal-agreement");
        Layout layout = new Layout(chromium);
        agreement.signWithoutAgreeing("Morning Finch");
        layout.awaitMessage("Tick the box", 10);
        agreement.agreeAndSign("Morning Finch");
        home.awaitShown();
        assertTrue(layout.main().contains("Your signature is recorded"));

        ConsentsPage consents = home.signTpo().awaitShown();
        assertEquals("TPO", consents.chosenType());
        consents.sign("Morning Finch");
        assertTrue(consents.mine().contains("In force"));
        chromium.assertAccessible("portal-consents");
        ConsentPrintPage print = consents.viewOrPrint().awaitShown();
        assertTrue(print.text().contains("You may revoke this consent"));
        chromium.assertAccessible("portal-consent-print");
    }

    private static void theFacilitatorMarksAttendance(
            Chromium chromium, String groupUrl, String groupName, LocalDate today) {
        chromium.open(Target.app() + "/console/sessions/calendar.xhtml");
        chromium.signInOnKeycloak(Target.CLINICIAN, Target.STAFF_PASSWORD);
        new CalendarPage(chromium).awaitShown();
        chromium.assertAccessible("console-calendar");

        chromium.open(groupUrl);
        GroupPage group = new GroupPage(chromium).awaitHeading(groupName);
        String yesterday = today.minusDays(1).toString();
        SessionPage session = group.openSession(yesterday).awaitShown();
        session.markAttendance("Morning Finch", "18:05", "20:35");
        session.awaitRosterShows("150");
        assertTrue(session.roster().contains("Left"));
        chromium.assertAccessible("console-session");
    }

    private static void theHoursReportCountsIt(Chromium chromium, String programUrl) {
        chromium.open(
                programUrl
                        .replace("/console/programs/program.xhtml", "/console/hours/report.xhtml")
                        .replace("?id=", "?program="));
        HoursReportPage.MemberRow row =
                new HoursReportPage(chromium).awaitShown().member("Morning Finch");
        assertTrue(row.text().contains("2.5 h"), row.text());
        assertEquals(1, row.charts());
        chromium.assertAccessible("console-hours");
    }
}
