package org.openiop.it.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.People;
import org.openiop.it.support.Programs;
import org.openiop.it.support.Target;

/**
 * A program admin runs the programs assigned to them, not every program: the realm role alone
 * grants nothing program-specific. demo-admin-2 has no global scope; demo-admin has (the tests
 * configure openiop.program-admins.global=demo-admin). Assignments are audited.
 */
class ProgramScopeIT {

    private static Api admin;
    private static Api otherAdmin;
    private static String theirs;
    private static String mine;

    private static String programJson(String name) {
        return "{\"name\": \""
                + name
                + "\", \"levelOfCare\": \"IOP_2_1\", \"timeZone\": \"America/Chicago\","
                + " \"startsOn\": \""
                + LocalDate.now().minusMonths(1)
                + "\"}";
    }

    @BeforeAll
    static void twoProgramsOfTwoAdmins() {
        admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        otherAdmin = Api.as(Target.OTHER_PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        theirs = Programs.fresh(admin).programId();
        HttpResponse<String> made =
                otherAdmin.post("/programs", programJson("IT Scoped Program " + People.letters(5)));
        assertEquals(201, made.statusCode(), made.body());
        mine = Api.object(made).getString("id");
    }

    @Test
    void theCreatorAdministersTheirNewProgramAndMayChangeIt() {
        assertTrue(
                Api.array(otherAdmin.get("/programs/" + mine + "/admins"))
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .anyMatch(a -> a.getString("username").equals(Target.OTHER_PROGRAM_ADMIN)));
        HttpResponse<String> renamed =
                otherAdmin.put(
                        "/programs/" + mine,
                        programJson("IT Scoped Program renamed " + People.letters(4)));
        assertEquals(200, renamed.statusCode(), renamed.body());
    }

    @Test
    void anotherProgramsAdminCannotChangeIt() {
        assertEquals(
                403,
                otherAdmin.put("/programs/" + theirs, programJson("Taken over")).statusCode(),
                "update");
        assertEquals(
                403,
                otherAdmin
                        .post(
                                "/programs/" + theirs + "/groups",
                                "{\"name\": \"Intruder group\", \"facilitators\": [\""
                                        + Target.CLINICIAN
                                        + "\"]}")
                        .statusCode(),
                "create a group");
        assertEquals(
                403,
                otherAdmin
                        .put(
                                "/programs/" + theirs + "/plugins/licensing-compacts",
                                "{\"enabled\": false}")
                        .statusCode(),
                "switch a plugin");
        assertEquals(
                403,
                otherAdmin
                        .post("/programs/" + theirs + "/agreements", "{\"text\": \"# Not yours\"}")
                        .statusCode(),
                "publish an agreement");
        assertEquals(
                403,
                otherAdmin
                        .post(
                                "/programs/" + theirs + "/admins",
                                "{\"username\": \"" + Target.OTHER_PROGRAM_ADMIN + "\"}")
                        .statusCode(),
                "make themselves its admin");
        assertEquals(
                200,
                admin.get("/programs/" + theirs).statusCode(),
                "nothing changed for its own admin");
    }

    @Test
    void actionsThatReachEveryProgramNeedGlobalScope() {
        assertEquals(
                403,
                otherAdmin.post("/plugins/rescan", "{}").statusCode(),
                "rescan the plugins folder");
        HttpResponse<String> settings =
                otherAdmin.put(
                        "/plugins/eligibility-x12/settings",
                        "{\"values\": {\"endpoint\": \"https://collector.example.org/x12\"}}");
        assertEquals(403, settings.statusCode(), settings.body());
        // A clinician who facilitates nothing yet: in none of demo-admin-2's programs, whatever
        // other tests made.
        String stranger = "it-scope-" + People.letters(6);
        HttpResponse<String> credential =
                otherAdmin.post(
                        "/clinicians/" + stranger + "/credentials",
                        "{\"profession\": \"COUNSELOR\", \"type\": \"LICENSE\", \"jurisdiction\":"
                                + " \"IL\", \"number\": \"IT-1\", \"validFrom\": \""
                                + LocalDate.now().minusYears(1)
                                + "\"}");
        assertEquals(
                403,
                credential.statusCode(),
                "the clinician works in none of demo-admin-2's programs: " + credential.body());
        assertEquals(200, admin.post("/plugins/rescan", "{}").statusCode(), "global scope may");
    }

    @Test
    void anAssignmentIsAuditedAndOpensTheProgram() {
        String program = Programs.fresh(admin).programId();
        assertEquals(
                403,
                otherAdmin
                        .put("/programs/" + program, programJson("Before assignment"))
                        .statusCode());
        HttpResponse<String> assigned =
                admin.post(
                        "/programs/" + program + "/admins",
                        "{\"username\": \"" + Target.OTHER_PROGRAM_ADMIN + "\"}");
        assertEquals(201, assigned.statusCode(), assigned.body());
        assertEquals(
                409,
                admin.post(
                                "/programs/" + program + "/admins",
                                "{\"username\": \"" + Target.OTHER_PROGRAM_ADMIN + "\"}")
                        .statusCode(),
                "once is enough");
        assertEquals(
                200,
                otherAdmin
                        .put(
                                "/programs/" + program,
                                programJson("After assignment " + People.letters(4)))
                        .statusCode());

        Api auditor = Api.as(Target.AUDITOR, Target.STAFF_PASSWORD);
        assertTrue(
                Api.array(auditor.get("/audit/events?target=" + program))
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .anyMatch(
                                e ->
                                        e.getString("action").equals("program.admin.assign")
                                                && e.getString("actor").equals(Target.PROGRAM_ADMIN)
                                                && e.getString("purpose", "")
                                                        .equals(Target.OTHER_PROGRAM_ADMIN)),
                "who assigned whom, in the audit trail");

        assertEquals(
                204,
                otherAdmin
                        .delete("/programs/" + program + "/admins/" + Target.PROGRAM_ADMIN)
                        .statusCode());
        assertEquals(
                409,
                otherAdmin
                        .delete("/programs/" + program + "/admins/" + Target.OTHER_PROGRAM_ADMIN)
                        .statusCode(),
                "the last administrator stays");
    }

    @Test
    void anAdminOverseesIncidentsAboutTheirProgramsSessionsOnly() {
        Programs programA = Programs.fresh(otherAdmin);
        Enrolled member = Enrolled.fresh(Api.as(Target.INTAKE, Target.STAFF_PASSWORD));
        programA.add(otherAdmin, member);
        java.time.Instant start =
                java.time.Instant.now()
                        .plus(2, java.time.temporal.ChronoUnit.DAYS)
                        .truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        HttpResponse<String> session =
                otherAdmin.post(
                        "/groups/" + programA.groupId() + "/sessions",
                        "{\"startsAt\": \""
                                + start
                                + "\", \"endsAt\": \""
                                + start.plus(3, java.time.temporal.ChronoUnit.HOURS)
                                + "\"}");
        assertEquals(201, session.statusCode(), session.body());
        String sessionId =
                Api.object(session).getJsonArray("sessions").getJsonObject(0).getString("id");
        String aboutA =
                Api.object(
                                member.self()
                                        .post(
                                                "/me/incidents",
                                                "{\"kind\": \"UNKNOWN_PERSON\", \"sessionId\": \""
                                                        + sessionId
                                                        + "\"}"))
                        .getString("id");
        String aboutNoSession =
                Api.object(member.self().post("/me/incidents", "{\"kind\": \"TECHNICAL\"}"))
                        .getString("id");

        // A participant outside program A learns nothing about its session, and reports nothing.
        Enrolled outsider = Enrolled.fresh(Api.as(Target.INTAKE, Target.STAFF_PASSWORD));
        HttpResponse<String> foreign =
                outsider.self()
                        .post(
                                "/me/incidents",
                                "{\"kind\": \"UNKNOWN_PERSON\", \"sessionId\": \""
                                        + sessionId
                                        + "\"}");
        assertEquals(404, foreign.statusCode(), "another group's session is not confirmed");
        assertTrue(
                Api.array(outsider.self().get("/me/incidents")).isEmpty(),
                "and no report was kept: " + foreign.body());

        // demo-admin-2 runs program A; demo-admin-3 runs only programs of its own.
        Api thirdAdmin = Api.as("demo-admin-3", Target.STAFF_PASSWORD);
        assertEquals(200, otherAdmin.get("/incidents/" + aboutA).statusCode());
        assertTrue(otherAdmin.get("/incidents?all=true").body().contains(aboutA));
        assertEquals(
                404,
                thirdAdmin.get("/incidents/" + aboutA).statusCode(),
                "not confirmed outside the admin's programs");
        assertTrue(
                !thirdAdmin.get("/incidents?all=true").body().contains(aboutA)
                        && !thirdAdmin.get("/incidents").body().contains(aboutA));
        assertEquals(
                404,
                otherAdmin.get("/incidents/" + aboutNoSession).statusCode(),
                "a report about no session is the privacy officer's");
        assertTrue(!otherAdmin.get("/incidents").body().contains(aboutNoSession));

        Api privacy = Api.as(Target.PRIVACY_OFFICER, Target.STAFF_PASSWORD);
        String everything = privacy.get("/incidents").body();
        assertTrue(
                everything.contains(aboutA) && everything.contains(aboutNoSession),
                "the privacy officer sees both");
        assertTrue(
                admin.get("/incidents").body().contains(aboutNoSession),
                "so does a program admin with global scope");
    }
}
