package org.openiop.it.licensing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.People;
import org.openiop.it.support.Target;

/**
 * Licensing tied to programs and sessions: the decision for a real session is stored with its
 * inputs, the clinicians × states matrix, and plugins switched off for one program.
 */
class ProgramLicensingIT {

    private static Api admin;
    private static String clinician;
    private static String programId;
    private static String sessionId;

    @BeforeAll
    static void aLicensedFacilitatorWithASession() {
        admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        clinician = "it-lic-" + People.letters(6);
        assertEquals(
                201,
                admin.post(
                                "/clinicians/" + clinician + "/credentials",
                                "{\"profession\": \"COUNSELOR\", \"type\": \"LICENSE\","
                                    + " \"jurisdiction\": \"IL\", \"number\": \"LCPC 180.0012345\","
                                    + " \"validFrom\": \"2020-01-01\"}")
                        .statusCode());
        HttpResponse<String> program =
                admin.post(
                        "/programs",
                        "{\"name\": \"IT Licensing "
                                + People.letters(5)
                                + "\", \"levelOfCare\": \"IOP_2_1\", \"timeZone\":"
                                + " \"America/Chicago\", \"startsOn\": \""
                                + LocalDate.now().minusDays(30)
                                + "\", \"states\": [\"IL\", \"CA\", \"FL\"]}");
        programId = Api.object(program).getString("id");
        String groupId =
                Api.object(
                                admin.post(
                                        "/programs/" + programId + "/groups",
                                        "{\"name\": \"Licensed group\", "
                                                + "\"facilitators\": [\""
                                                + clinician
                                                + "\"]}"))
                        .getJsonObject("group")
                        .getString("id");
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        sessionId =
                Api.object(
                                admin.post(
                                        "/groups/" + groupId + "/sessions",
                                        "{\"startsAt\": \""
                                                + start
                                                + "\", \"endsAt\": \""
                                                + start.plusSeconds(3 * 3600)
                                                + "\"}"))
                        .getJsonArray("sessions")
                        .getJsonObject(0)
                        .getString("id");
    }

    @Test
    void eachDecisionForARealSessionIsStoredWithItsInputs() {
        HttpResponse<String> inIllinois =
                admin.post(
                        "/sessions/" + sessionId + "/licensing",
                        "{\"jurisdiction\": \"IL\", \"modality\": \"VIDEO\"}");
        assertEquals(201, inIllinois.statusCode(), inIllinois.body());
        assertEquals("ALLOW", Api.array(inIllinois).getJsonObject(0).getString("verdict"));
        HttpResponse<String> inCalifornia =
                admin.post(
                        "/sessions/" + sessionId + "/licensing",
                        "{\"jurisdiction\": \"CA\", \"modality\": \"VIDEO\"}");
        assertNotEquals("ALLOW", Api.array(inCalifornia).getJsonObject(0).getString("verdict"));

        int before = Api.array(admin.get("/sessions/" + sessionId + "/licensing")).size();
        HttpResponse<String> nowhere =
                admin.post(
                        "/sessions/" + sessionId + "/licensing",
                        "{\"jurisdiction\": \"ZZ\", \"modality\": \"VIDEO\"}");
        assertEquals(400, nowhere.statusCode());
        assertEquals(
                404,
                Api.as(Target.CLINICIAN, Target.STAFF_PASSWORD)
                        .post(
                                "/sessions/" + sessionId + "/licensing",
                                "{\"jurisdiction\": \"IL\", \"modality\": \"VIDEO\"}")
                        .statusCode(),
                "not this clinician's group: not even found");

        JsonArray stored = Api.array(admin.get("/sessions/" + sessionId + "/licensing"));
        assertEquals(before, stored.size(), "refused requests store nothing");
        assertEquals(2, stored.size());
        JsonObject latest = stored.getJsonObject(0);
        assertEquals("CA", latest.getString("jurisdiction"));
        assertEquals(clinician, latest.getString("clinician"));
        assertEquals(
                "LCPC 180.0012345",
                latest.getJsonObject("inputs")
                        .getJsonArray("credentials")
                        .getJsonObject(0)
                        .getString("number"));
        assertEquals("CA", latest.getJsonObject("inputs").getString("participantJurisdiction"));
        assertTrue(
                latest.getJsonObject("outcome")
                        .getJsonObject("byPlugin")
                        .containsKey("licensing-state-license"));
    }

    @Test
    void theMatrixFollowsCredentialsAndThePluginsTheProgramUses() {
        JsonObject row =
                Api.object(admin.get("/programs/" + programId + "/licensing-matrix?modality=VIDEO"))
                        .getJsonObject(clinician);
        assertEquals("ALLOW", row.getString("IL"));
        assertNotEquals("ALLOW", row.getString("CA"));
        assertNotEquals("ALLOW", row.getString("FL"));

        HttpResponse<String> off =
                admin.put(
                        "/programs/" + programId + "/plugins/licensing-state-license",
                        "{\"enabled\": false}");
        assertEquals(204, off.statusCode(), off.body());
        assertTrue(
                Api.array(admin.get("/programs/" + programId + "/plugins"))
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .anyMatch(
                                p ->
                                        p.getString("id").equals("licensing-state-license")
                                                && !p.getBoolean("enabled")));
        assertEquals(
                "REVIEW",
                Api.object(admin.get("/programs/" + programId + "/licensing-matrix?modality=VIDEO"))
                        .getJsonObject(clinician)
                        .getString("IL"),
                "without the license rule nobody decides, so review");
        assertEquals(
                204,
                admin.put(
                                "/programs/" + programId + "/plugins/licensing-state-license",
                                "{\"enabled\": true}")
                        .statusCode());
        assertEquals(
                "ALLOW",
                Api.object(admin.get("/programs/" + programId + "/licensing-matrix?modality=VIDEO"))
                        .getJsonObject(clinician)
                        .getString("IL"));
        assertEquals(
                404,
                admin.put(
                                "/programs/" + programId + "/plugins/no-such-plugin",
                                "{\"enabled\": false}")
                        .statusCode());
        assertEquals(
                400,
                admin.put(
                                "/programs/" + programId + "/plugins/licensing-state-license",
                                "{\"enabled\": \"no\"}")
                        .statusCode());
    }

    @Test
    void aScheduledSessionWithAStoredDecisionSurvivesAScheduleChange() {
        String body =
                "{\"name\": \"Rescheduled\", \"facilitators\": [\""
                        + clinician
                        + "\"], \"days\": [\"MON\", \"THU\"], "
                        + "\"startTime\": \"%s\", \"endTime\": \"%s\", \"scheduleFrom\": \""
                        + LocalDate.now()
                        + "\"}";
        JsonObject made =
                Api.object(
                        admin.post(
                                "/programs/" + programId + "/groups",
                                String.format(body, "10:00", "13:00")));
        String groupId = made.getJsonObject("group").getString("id");
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
        String decided =
                made.getJsonArray("sessions").getValuesAs(JsonObject.class).stream()
                        .filter(x -> Instant.parse(x.getString("startsAt")).isAfter(tomorrow))
                        .findFirst()
                        .orElseThrow()
                        .getString("id");
        assertEquals(
                201,
                admin.post(
                                "/sessions/" + decided + "/licensing",
                                "{\"jurisdiction\": \"IL\", \"modality\": \"VIDEO\"}")
                        .statusCode());
        HttpResponse<String> moved =
                admin.put("/groups/" + groupId, String.format(body, "14:00", "17:00"));
        assertEquals(200, moved.statusCode(), moved.body());
        JsonArray sessions =
                Api.array(
                        admin.get(
                                "/groups/"
                                        + groupId
                                        + "/sessions?from="
                                        + Instant.now().minusSeconds(86400)
                                        + "&to="
                                        + Instant.now().plus(120, ChronoUnit.DAYS)));
        assertTrue(
                sessions.getValuesAs(JsonObject.class).stream()
                        .anyMatch(s -> s.getString("id").equals(decided)),
                "the session with a stored decision is kept");
        assertTrue(
                sessions.getValuesAs(JsonObject.class).stream()
                        .filter(s -> !s.getString("id").equals(decided))
                        .filter(s -> Instant.parse(s.getString("startsAt")).isAfter(tomorrow))
                        .allMatch(s -> s.getString("localStart").endsWith("T14:00")),
                "the other future sessions follow the new schedule");
    }
}
