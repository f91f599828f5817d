package org.openiop.it.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.People;
import org.openiop.it.support.Target;

/**
 * Programs, groups, schedules, memberships, sessions, attendance and the hours report through the
 * REST API, with the refusals a program admin or clinician meets when input is wrong.
 */
class ProgramsIT {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static Api admin;
    private static Api clinician;
    private static Api intake;
    private static String programId;

    @BeforeAll
    static void aProgram() {
        admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        clinician = Api.as(Target.CLINICIAN, Target.STAFF_PASSWORD);
        intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        LocalDate start = LocalDate.now(CHICAGO).minusWeeks(2);
        HttpResponse<String> created =
                admin.post(
                        "/programs",
                        "{\"name\": \"IT Evening IOP "
                                + People.letters(5)
                                + "\", \"levelOfCare\": \"IOP_2_1\", \"ageBand\": \"ADULT\","
                                + " \"timeZone\": \"America/Chicago\", \"startsOn\": \""
                                + start
                                + "\", \"endsOn\": \""
                                + start.plusMonths(6)
                                + "\", \"states\": [\"IL\", \"wi\"]}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject program = Api.object(created);
        programId = program.getString("id");
        assertEquals(540, program.getInt("weeklyMinutes"), "adult IOP defaults to 9 hours a week");
        assertEquals("[\"IL\",\"WI\"]", program.getJsonArray("states").toString());
    }

    private static JsonObject group(
            String name, int capacity, String days, String start, String end) {
        return group(name, capacity, days, start, end, Target.CLINICIAN);
    }

    private static JsonObject group(
            String name, int capacity, String days, String start, String end, String facilitator) {
        HttpResponse<String> created =
                admin.post(
                        "/programs/" + programId + "/groups",
                        "{\"name\": \""
                                + name
                                + "\", \"capacity\": "
                                + capacity
                                + ", \"facilitators\": [\""
                                + facilitator
                                + "\"], \"days\": "
                                + days
                                + ", \"startTime\": \""
                                + start
                                + "\", \"endTime\": \""
                                + end
                                + "\", \"scheduleFrom\": \""
                                + LocalDate.now(CHICAGO).minusWeeks(2)
                                + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Api.object(created);
    }

    @Test
    void aBadProgramIsRefusedWithWhatToFixAndNothingIsSaved() {
        int before = Api.array(admin.get("/programs")).size();
        HttpResponse<String> blank =
                admin.post(
                        "/programs",
                        "{\"name\": \" \", \"levelOfCare\": \"IOP_2_1\", \"timeZone\":"
                                + " \"America/Chicago\", \"startsOn\": \"2026-01-01\"}");
        assertEquals(400, blank.statusCode(), blank.body());
        assertEquals("A program needs a name.", Api.object(blank).getString("detail"));
        HttpResponse<String> badState =
                admin.post(
                        "/programs",
                        "{\"name\": \"X\", \"levelOfCare\": \"IOP_2_1\", \"timeZone\":"
                                + " \"America/Chicago\", \"startsOn\": \"2026-01-01\", \"states\":"
                                + " [\"ZZ\"]}");
        assertEquals(400, badState.statusCode());
        assertTrue(Api.object(badState).getString("detail").contains("ZZ"));
        HttpResponse<String> badDate =
                admin.post(
                        "/programs",
                        "{\"name\": \"X\", \"levelOfCare\": \"IOP_2_1\", "
                                + "\"timeZone\": \"America/Chicago\", \"startsOn\": \"1 Jan\"}");
        assertEquals(400, badDate.statusCode());
        assertEquals(
                "a date as yyyy-mm-dd",
                Api.object(badDate).getJsonObject("fields").getString("startsOn"));
        assertEquals(before, Api.array(admin.get("/programs")).size());
        assertEquals(
                403,
                clinician.post("/programs", "{}").statusCode(),
                "only program admins create programs");
    }

    @Test
    void aWeeklyScheduleGeneratesSessionsAtSixPmLocalTime() {
        JsonObject made =
                group(
                        "Mon-Wed-Fri " + People.letters(4),
                        12,
                        "[\"MON\", \"WED\", \"FRI\"]",
                        "18:00",
                        "21:00");
        JsonArray sessions = made.getJsonArray("sessions");
        assertTrue(sessions.size() >= 12 * 3, "twelve weeks ahead: " + sessions.size());
        for (JsonObject s : sessions.getValuesAs(JsonObject.class)) {
            LocalDateTime local =
                    LocalDateTime.ofInstant(Instant.parse(s.getString("startsAt")), CHICAGO);
            assertEquals("18:00", local.toLocalTime().toString(), s.toString());
            assertTrue(local.getDayOfWeek().name().matches("MONDAY|WEDNESDAY|FRIDAY"));
            assertEquals(
                    3 * 3600,
                    Instant.parse(s.getString("endsAt")).getEpochSecond()
                            - Instant.parse(s.getString("startsAt")).getEpochSecond());
        }
        String groupId = made.getJsonObject("group").getString("id");
        // The same schedule again changes nothing; a new start time replaces the future sessions.
        // One that has begun (this test may run on a Monday, Wednesday or Friday between 18:00 and
        // 21:00 in Chicago) keeps its time: it is under way.
        Instant changedAt = Instant.now();
        HttpResponse<String> moved =
                admin.put(
                        "/groups/" + groupId,
                        "{\"name\": \""
                                + made.getJsonObject("group").getString("name")
                                + "\", \"facilitators\": [\""
                                + Target.CLINICIAN
                                + "\"], \"days\": [\"MON\", \"WED\", \"FRI\"], \"startTime\":"
                                + " \"17:30\", \"endTime\": \"20:30\", \"scheduleFrom\": \""
                                + LocalDate.now(CHICAGO).minusWeeks(2)
                                + "\"}");
        assertEquals(200, moved.statusCode(), moved.body());
        List<JsonObject> all =
                Api.array(admin.get("/groups/" + groupId + "/sessions"))
                        .getValuesAs(JsonObject.class);
        List<JsonObject> after =
                all.stream()
                        .filter(s -> Instant.parse(s.getString("startsAt")).isAfter(changedAt))
                        .toList();
        assertTrue(
                all.stream()
                        .filter(s -> !Instant.parse(s.getString("startsAt")).isAfter(changedAt))
                        .filter(s -> Instant.parse(s.getString("endsAt")).isAfter(changedAt))
                        .allMatch(s -> s.getString("localStart").endsWith("T18:00")),
                "a session under way keeps its time: " + all);
        assertFalse(after.isEmpty());
        assertTrue(
                after.stream().allMatch(s -> s.getString("localStart").endsWith("T17:30")),
                after.toString());
    }

    @Test
    void aSessionThatEndsBeforeItStartsIsRefusedAndNotSaved() {
        String groupId =
                group("Single " + People.letters(4), 12, "[]", "18:00", "21:00")
                        .getJsonObject("group")
                        .getString("id");
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        HttpResponse<String> refused =
                clinician.post(
                        "/groups/" + groupId + "/sessions",
                        "{\"startsAt\": \""
                                + start
                                + "\", \"endsAt\": \""
                                + start.minusSeconds(3600)
                                + "\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(
                "A session must end after it starts.", Api.object(refused).getString("detail"));
        assertEquals(0, Api.array(admin.get("/groups/" + groupId + "/sessions")).size());
        HttpResponse<String> added =
                clinician.post(
                        "/groups/" + groupId + "/sessions",
                        "{\"startsAt\": \""
                                + start
                                + "\", \"endsAt\": \""
                                + start.plusSeconds(3 * 3600)
                                + "\"}");
        assertEquals(201, added.statusCode(), added.body());
        assertEquals(1, Api.array(admin.get("/groups/" + groupId + "/sessions")).size());
    }

    @Test
    void aFacilitatorBookedTwiceAtOnceIsWarnedButTheSessionIsMade() {
        // A facilitator of their own, so that other tests' sessions do not overlap.
        String cover = "it-cover-" + People.letters(6);
        String groupId =
                group("Cover " + People.letters(4), 12, "[]", "18:00", "21:00", cover)
                        .getJsonObject("group")
                        .getString("id");
        String otherId =
                group("Overlap " + People.letters(4), 12, "[]", "18:00", "21:00", cover)
                        .getJsonObject("group")
                        .getString("id");
        Instant start = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String times =
                "{\"startsAt\": \""
                        + start
                        + "\", \"endsAt\": \""
                        + start.plusSeconds(3 * 3600)
                        + "\"}";
        assertEquals(
                0,
                Api.object(admin.post("/groups/" + groupId + "/sessions", times))
                        .getJsonArray("warnings")
                        .size());
        HttpResponse<String> second =
                admin.post(
                        "/groups/" + otherId + "/sessions",
                        "{\"startsAt\": \""
                                + start.plusSeconds(3600)
                                + "\", \"endsAt\": \""
                                + start.plusSeconds(4 * 3600)
                                + "\"}");
        assertEquals(201, second.statusCode());
        JsonArray warnings = Api.object(second).getJsonArray("warnings");
        assertEquals(1, warnings.size(), second.body());
        assertTrue(
                warnings.getString(0).startsWith(cover + " also facilitates Cover"),
                warnings.toString());
    }

    @Test
    void membershipsRespectCapacityAndTheProgramsDates() {
        String groupId =
                group("Small " + People.letters(4), 2, "[]", "18:00", "21:00")
                        .getJsonObject("group")
                        .getString("id");
        LocalDate today = LocalDate.now(CHICAGO);
        for (int i = 0; i < 2; i++) {
            Enrolled p = Enrolled.fresh(intake);
            assertEquals(
                    201,
                    clinician
                            .post(
                                    "/groups/" + groupId + "/members",
                                    "{\"participantId\": \""
                                            + p.id()
                                            + "\", \"startsOn\": \""
                                            + today
                                            + "\"}")
                            .statusCode());
        }
        Enrolled third = Enrolled.fresh(intake);
        HttpResponse<String> full =
                clinician.post(
                        "/groups/" + groupId + "/members",
                        "{\"participantId\": \""
                                + third.id()
                                + "\", \"startsOn\": \""
                                + today
                                + "\"}");
        assertEquals(400, full.statusCode(), full.body());
        assertTrue(
                Api.object(full)
                        .getString("detail")
                        .startsWith("The group is full: its capacity is 2"),
                full.body());
        HttpResponse<String> outside =
                admin.post(
                        "/groups/" + groupId + "/members",
                        "{\"participantId\": \""
                                + third.id()
                                + "\", \"startsOn\": \""
                                + today.minusYears(1)
                                + "\", \"endsOn\": \""
                                + today.minusYears(1).plusDays(7)
                                + "\"}");
        assertEquals(400, outside.statusCode(), outside.body());
        assertTrue(Api.object(outside).getString("detail").contains("within the program's dates"));
        assertEquals(
                2,
                Api.array(admin.get("/groups/" + groupId + "/members")).size(),
                "nothing was saved");
    }

    @Test
    void attendanceIsCreditedOnceAuditedAndReportedByPseudonym() {
        String groupId =
                group("Ledger " + People.letters(4), 12, "[]", "18:00", "21:00")
                        .getJsonObject("group")
                        .getString("id");
        Enrolled member = Enrolled.fresh(intake);
        LocalDate today = LocalDate.now(CHICAGO);
        assertEquals(
                201,
                admin.post(
                                "/groups/" + groupId + "/members",
                                "{\"participantId\": \""
                                        + member.id()
                                        + "\", \"startsOn\": \""
                                        + today.minusDays(7)
                                        + "\"}")
                        .statusCode());
        Instant start = Instant.now().minus(4, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        JsonObject session =
                Api.object(
                                clinician.post(
                                        "/groups/" + groupId + "/sessions",
                                        "{\"startsAt\": \""
                                                + start
                                                + "\", \"endsAt\": \""
                                                + start.plusSeconds(3 * 3600)
                                                + "\"}"))
                        .getJsonArray("sessions")
                        .getJsonObject(0);
        String sessionPath = "/sessions/" + session.getString("id") + "/attendance";

        // Joined 10 minutes early, dropped at 1:00, back at 0:50 on the phone until the end.
        HttpResponse<String> first =
                clinician.post(
                        sessionPath,
                        segment(
                                member.id(),
                                start.minusSeconds(600),
                                start.plusSeconds(3600),
                                "VIDEO"));
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(
                201,
                clinician
                        .post(
                                sessionPath,
                                segment(
                                        member.id(),
                                        start.plusSeconds(3000),
                                        start.plusSeconds(3 * 3600),
                                        "PHONE"))
                        .statusCode());
        HttpResponse<String> reversed =
                clinician.post(
                        sessionPath, segment(member.id(), start.plusSeconds(60), start, "VIDEO"));
        assertEquals(400, reversed.statusCode());

        JsonObject row = Api.array(clinician.get(sessionPath)).getJsonObject(0);
        assertEquals(member.pseudonym(), row.getString("pseudonym"));
        assertEquals(180, row.getInt("creditedMinutes"), "clipped to the session and counted once");

        Api stranger = Api.as(Target.AUDITOR, Target.STAFF_PASSWORD);
        assertEquals(
                403,
                stranger.post(
                                sessionPath,
                                segment(member.id(), start, start.plusSeconds(60), "VIDEO"))
                        .statusCode());

        String segmentId = Api.object(first).getString("id");
        HttpResponse<String> removed =
                clinician.post(
                        sessionPath + "/" + segmentId + "/removal",
                        "{\"reason\": \"Marked for the wrong person\"}");
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(
                130,
                Api.array(clinician.get(sessionPath)).getJsonObject(0).getInt("creditedMinutes"));

        JsonArray events = Api.array(stranger.get("/audit/events?target=" + member.id()));
        assertTrue(
                events.getValuesAs(JsonObject.class).stream()
                        .anyMatch(
                                e ->
                                        e.getString("action").equals("attendance.remove")
                                                && e.getString("actor").equals(Target.CLINICIAN)),
                events.toString());

        // The session may have started in last week (early on a Monday), so the report spans both.
        String window = "?from=" + today.minusDays(7) + "&to=" + today;
        JsonObject report = Api.object(admin.get("/programs/" + programId + "/hours" + window));
        JsonObject line =
                report.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                        .filter(g -> g.getString("groupId").equals(groupId))
                        .findFirst()
                        .orElseThrow()
                        .getJsonArray("members")
                        .getJsonObject(0);
        assertEquals(member.pseudonym(), line.getString("pseudonym"));
        int minutes =
                line.getJsonArray("weeks").getValuesAs(JsonObject.class).stream()
                        .mapToInt(w -> w.getInt("minutes"))
                        .sum();
        assertEquals(130, minutes);
        assertEquals(
                130,
                line.getJsonArray("weeks").getValuesAs(JsonObject.class).stream()
                        .mapToInt(w -> w.getInt("minutesWithoutVideo"))
                        .sum(),
                "the phone segment is all that is left");
        HttpResponse<String> csv =
                admin.get("/programs/" + programId + "/hours.csv" + window, "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("," + member.pseudonym() + ","), csv.body());
    }

    private static String segment(
            String participantId, Instant joined, Instant left, String modality) {
        return "{\"participantId\": \""
                + participantId
                + "\", \"joinedAt\": \""
                + joined
                + "\", \"leftAt\": \""
                + left
                + "\", \"modality\": \""
                + modality
                + "\"}";
    }
}
