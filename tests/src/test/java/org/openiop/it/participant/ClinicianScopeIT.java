package org.openiop.it.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.Programs;
import org.openiop.it.support.Target;

/**
 * A clinician sees the participants of the groups they facilitate and no one else: a participant
 * who is only in another clinician's group is "not found" on the REST API and in the console, the
 * lists leave them out, and an emergency view cannot be opened on them.
 */
class ClinicianScopeIT {

    private static Enrolled mine;
    private static Enrolled theirs;
    private static String theirGroup;
    private static Api clinician;
    private static Api otherClinician;

    @BeforeAll
    static void twoGroupsOfTwoClinicians() {
        Api admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        Api intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        Programs program = Programs.fresh(admin);
        HttpResponse<String> group =
                admin.post(
                        "/programs/" + program.programId() + "/groups",
                        "{\"name\": \"IT Other Group\", \"facilitators\": [\""
                                + Target.OTHER_CLINICIAN
                                + "\"]}");
        assertEquals(201, group.statusCode(), group.body());
        theirGroup = Api.object(group).getJsonObject("group").getString("id");
        mine = Enrolled.fresh(intake);
        theirs = Enrolled.fresh(intake);
        program.add(admin, mine);
        new Programs(program.programId(), theirGroup).add(admin, theirs);
        clinician = Api.as(Target.CLINICIAN, Target.STAFF_PASSWORD);
        otherClinician = Api.as(Target.OTHER_CLINICIAN, Target.STAFF_PASSWORD);
    }

    @Test
    void anotherCliniciansParticipantIsNotFoundOnTheApi() {
        for (String path :
                new String[] {
                    "/participants/" + theirs.id(),
                    "/participants/" + theirs.id() + "/consents",
                    "/groups/" + theirGroup,
                    "/groups/" + theirGroup + "/members"
                }) {
            HttpResponse<String> answer = clinician.get(path);
            assertEquals(404, answer.statusCode(), path + ": " + answer.body());
            assertFalse(
                    answer.body().contains(theirs.pseudonym()), path + " says nothing about them");
        }
        HttpResponse<String> emergency =
                clinician.post(
                        "/participants/" + theirs.id() + "/break-glass",
                        "{\"reason\": \"MEDICAL_EMERGENCY\", \"explanation\": \"Trying to reach"
                                + " someone outside my groups\"}");
        assertEquals(404, emergency.statusCode(), emergency.body());

        assertEquals(200, clinician.get("/participants/" + mine.id()).statusCode());
        assertEquals(200, clinician.get("/participants/" + mine.id() + "/consents").statusCode());
        assertEquals(
                200,
                otherClinician.get("/participants/" + theirs.id()).statusCode(),
                "their own clinician sees them");
        assertEquals(404, otherClinician.get("/participants/" + mine.id()).statusCode());
    }

    @Test
    void theListHoldsOnlyTheCaseload() {
        assertEquals(
                0,
                Api.object(clinician.get("/participants?q=" + theirs.username())).getInt("total"));
        assertEquals(
                1, Api.object(clinician.get("/participants?q=" + mine.username())).getInt("total"));
        Api intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        assertEquals(
                1,
                Api.object(intake.get("/participants?q=" + theirs.username())).getInt("total"),
                "intake sees everyone");
    }

    @Test
    void theConsoleShowsTheSameScope() {
        var console = new Browserless();
        console.signIn(Target.app() + "/console/", Target.OTHER_CLINICIAN, Target.STAFF_PASSWORD);
        HttpResponse<String> record =
                console.get(
                        Target.app() + "/console/participants/participant.xhtml?id=" + mine.id());
        assertEquals(404, record.statusCode());
        assertFalse(
                record.body().contains(mine.pseudonym()),
                "the record page names no one outside the caseload");
        HttpResponse<String> own =
                console.get(
                        Target.app() + "/console/participants/participant.xhtml?id=" + theirs.id());
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains(theirs.pseudonym()));

        HttpResponse<String> list = console.get(Target.app() + "/console/participants/index.xhtml");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains(theirs.pseudonym()), "their own participant is listed");
        assertFalse(list.body().contains(mine.pseudonym()), "demo-clinician's participant is not");
    }
}
