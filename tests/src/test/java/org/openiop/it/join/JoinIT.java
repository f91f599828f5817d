package org.openiop.it.join;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openiop.it.support.Api;
import org.openiop.it.support.Database;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.JaasWebhooks;
import org.openiop.it.support.Joining;
import org.openiop.it.support.Target;

/**
 * Joining a session through the REST API, with video-jitsi in JaaS mode as ./openiop test sets it
 * up (-Djaas.secret, -Djaas.app): each gate in order, the single-use ticket, licensing that stops a
 * join, twenty first joins at once, and the vendor's webhooks turning into attendance and
 * incidents.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JoinIT {

    private static Api admin;
    private static Api intake;
    private static Joining program;

    /** A ticket taken first and left unused, so that the last test can find it expired. */
    private static Enrolled late;

    private static String lateTicket;
    private static Instant lateExpiry;

    @BeforeAll
    static void aProgramReadyForJoining() {
        admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        program = Joining.fresh(admin, null);
        late = program.ready(admin, Enrolled.fresh(intake));
        HttpResponse<String> joined = program.join(late, "IL");
        lateTicket = Joining.ticket(joined);
        lateExpiry = Instant.parse(Api.object(joined).getString("expiresAt"));
    }

    private static JsonObject status(Enrolled member, String sessionId) {
        HttpResponse<String> got = member.self().get("/me/sessions/" + sessionId + "/join");
        assertEquals(200, got.statusCode(), got.body());
        return Api.object(got);
    }

    private static JsonObject stopped(HttpResponse<String> answer, String gate) {
        assertEquals(422, answer.statusCode(), answer.body());
        JsonObject body = Api.object(answer);
        assertEquals(gate, body.getString("gate"), body.toString());
        assertFalse(body.containsKey("ticketUrl"));
        return body;
    }

    private static HttpResponse<String> redeem(Enrolled member, String ticket) {
        return member.self().post("/me/join-tickets/" + ticket, "");
    }

    @Test
    void eachGateStopsWithItsOwnMessageAndLetsThroughOnceMet() {
        Enrolled member = Enrolled.fresh(intake);
        JsonObject outsider = status(member, program.sessionId());
        assertEquals("MEMBERSHIP", outsider.getString("gate"));
        assertTrue(
                outsider.getString("detail").contains("not on this group's list"),
                outsider.toString());
        assertFalse(outsider.containsKey("startsAt"), "nothing about another group's session");

        program.addMember(admin, member);
        JsonObject agreement = status(member, program.sessionId());
        assertEquals("AGREEMENT", agreement.getString("gate"));
        assertEquals(
                program.agreementSha(), agreement.getJsonObject("agreement").getString("sha256"));

        program.signAgreement(member);
        JsonObject consents = status(member, program.sessionId());
        assertEquals("CONSENTS", consents.getString("gate"));
        assertEquals(
                List.of("TELEHEALTH", "TPO"),
                consents
                        .getJsonArray("missingConsents")
                        .getValuesAs(jakarta.json.JsonString.class)
                        .stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertTrue(
                consents.getString("detail").contains("telehealth")
                        && consents.getString("detail").contains("Part 2"));
        stopped(program.join(member, "IL"), "CONSENTS");

        Joining.signConsents(member);
        JsonObject ready = status(member, program.sessionId());
        assertTrue(ready.getBoolean("ready"), ready.toString());
        assertTrue(ready.isNull("lastLocation"), "nothing to pre-fill before the first join");

        String path = "/me/sessions/" + program.sessionId() + "/join";
        stopped(member.self().post(path, Joining.answers(null, true, "CAMERA_ON")), "LOCATION");
        stopped(member.self().post(path, Joining.answers("ZZ", true, "CAMERA_ON")), "LOCATION");
        stopped(member.self().post(path, Joining.answers("IL", true, null)), "CAMERA");
        JsonObject reaffirm =
                stopped(
                        member.self().post(path, Joining.answers("IL", false, "AUDIO_ONLY")),
                        "REAFFIRM");
        assertTrue(reaffirm.getString("detail").contains("confidential"));
        assertEquals(
                "IL",
                status(member, program.sessionId()).getString("lastLocation"),
                "the answer is remembered for next time");
        assertEquals("AUDIO_ONLY", status(member, program.sessionId()).getString("camera"));

        HttpResponse<String> joined =
                member.self().post(path, Joining.answers("IL", true, "CAMERA_OFF"));
        assertEquals(201, joined.statusCode(), joined.body());
        assertTrue(
                Api.object(joined).getString("ticketUrl").matches("/portal/join/[A-Za-z0-9_-]{43}"),
                joined.body());

        String later =
                Joining.session(admin, program.groupId(), Instant.now().plus(2, ChronoUnit.DAYS));
        assertEquals(
                "not-open-yet",
                status(member, later).getString("code"),
                "join opens 15 minutes before the start");
        assertEquals(
                404, member.self().get("/me/sessions/" + UUID.randomUUID() + "/join").statusCode());
        assertEquals(403, admin.get(path).statusCode(), "staff do not join as participants");
    }

    @Test
    void theTicketWorksOnceForItsOwnerAndTheLinkCarriesOnlyThePseudonymAndASessionScopedId() {
        Enrolled member = program.ready(admin, Enrolled.fresh(intake));
        Enrolled other = program.ready(admin, Enrolled.fresh(intake));
        HttpResponse<String> joined = program.join(member, "IL");
        String ticket = Joining.ticket(joined);
        long seconds =
                Duration.between(
                                Instant.now(),
                                Instant.parse(Api.object(joined).getString("expiresAt")))
                        .toSeconds();
        assertTrue(seconds > 110 && seconds <= 120, "valid two minutes: " + seconds);

        assertEquals(422, redeem(other, ticket).statusCode(), "someone else's ticket");
        HttpResponse<String> first = redeem(member, ticket);
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> again = redeem(member, ticket);
        assertEquals(422, again.statusCode());
        assertTrue(Api.object(again).getString("detail").contains("already used or has expired"));
        assertEquals(422, redeem(member, "x".repeat(43)).statusCode(), "a made-up ticket");

        URI link = URI.create(Api.object(first).getString("url"));
        assertTrue(
                link.toString().startsWith("https://8x8.vc/" + Target.required("jaas.app") + "/"),
                link.toString());
        assertTrue(
                link.getFragment().contains("config.startWithVideoMuted=true"),
                "camera off was asked for");
        JsonObject user = Joining.claims(link).getJsonObject("context").getJsonObject("user");
        assertEquals(member.pseudonym(), user.getString("name"));
        String ref = user.getString("id");
        assertTrue(ref.matches("[0-9a-f]{32}"), ref);
        assertFalse(
                link.toString().contains(member.id())
                        || link.toString().contains(member.username()));

        String otherSession =
                Joining.session(
                        admin, program.groupId(), Instant.now().plus(1, ChronoUnit.MINUTES));
        HttpResponse<String> second =
                member.self()
                        .post(
                                "/me/sessions/" + otherSession + "/join",
                                Joining.answers("IL", true, "CAMERA_ON"));
        URI otherLink =
                URI.create(Api.object(redeem(member, Joining.ticket(second))).getString("url"));
        assertNotEquals(
                ref,
                Joining.claims(otherLink)
                        .getJsonObject("context")
                        .getJsonObject("user")
                        .getString("id"),
                "the vendor cannot link one person's sessions");
        assertNotEquals(Joining.room(link), Joining.room(otherLink));
    }

    @Test
    void denyAndReviewNeverGiveALinkAndAlertStaff() {
        Enrolled member = program.ready(admin, Enrolled.fresh(intake));
        // Florida's telehealth excludes audio-only calls (Fla. Stat. 456.47): the state rules deny
        // it.
        JsonObject deny =
                stopped(
                        member.self()
                                .post(
                                        "/me/sessions/" + program.sessionId() + "/join",
                                        Joining.answers("FL", true, "AUDIO_ONLY")),
                        "LICENSING");
        assertEquals("licensing-deny", deny.getString("code"));
        assertTrue(
                deny.getString("detail").contains("Your program has been told"), deny.toString());

        JsonObject line = rosterLine(program.sessionId(), member.id());
        assertEquals("DENY", line.getJsonObject("lastJoin").getString("verdict"));
        assertEquals("FL", line.getJsonObject("lastJoin").getString("placeOfService"));
        String attempt = line.getJsonObject("lastJoin").getString("attemptId");
        assertTrue(
                Api.array(admin.get("/join-alerts")).getValuesAs(JsonObject.class).stream()
                        .anyMatch(
                                a ->
                                        a.getString("id").equals(attempt)
                                                && a.getString("verdict").equals("DENY")),
                "the program admin is alerted");
        assertTrue(
                Api.array(admin.get("/sessions/" + program.sessionId() + "/licensing"))
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .anyMatch(
                                d ->
                                        d.getString("verdict").equals("DENY")
                                                && d.getString("jurisdiction").equals("FL")),
                "the decision is kept");
        assertTrue(line.getJsonArray("segments").isEmpty(), "no attendance from a denied join");

        // demo-clinician has no credentials: unknown is never allow, so the join waits for review.
        Joining review = Joining.fresh(admin, Target.CLINICIAN);
        Enrolled waiting = review.ready(admin, Enrolled.fresh(intake));
        JsonObject stop = stopped(review.join(waiting, "IL"), "LICENSING");
        assertEquals("licensing-review", stop.getString("code"));
        Api clinician = Api.as(Target.CLINICIAN, Target.STAFF_PASSWORD);
        JsonObject alert =
                Api.array(clinician.get("/join-alerts")).getValuesAs(JsonObject.class).stream()
                        .filter(a -> a.getString("participantId").equals(waiting.id()))
                        .findFirst()
                        .orElseThrow();
        assertEquals("REVIEW", alert.getString("verdict"));
        assertEquals(
                200,
                clinician
                        .post("/join-alerts/" + alert.getString("id") + "/closure", "")
                        .statusCode());
        assertTrue(
                Api.array(clinician.get("/join-alerts")).getValuesAs(JsonObject.class).stream()
                        .noneMatch(a -> a.getString("id").equals(alert.getString("id"))),
                "closed alerts leave the list");

        HttpResponse<String> facilitator =
                clinician.post("/sessions/" + review.sessionId() + "/facilitator-link", "");
        assertEquals(200, facilitator.statusCode(), facilitator.body());
        JsonObject moderator =
                Joining.claims(URI.create(Api.object(facilitator).getString("url")))
                        .getJsonObject("context")
                        .getJsonObject("user");
        assertEquals(
                "true",
                moderator.get("moderator").toString().replace("\"", ""),
                "facilitators moderate");
        assertEquals(
                403,
                admin.post("/sessions/" + review.sessionId() + "/facilitator-link", "")
                        .statusCode(),
                "only the group's facilitators");
    }

    @Test
    void twentyConcurrentFirstJoinsCreateOneRoom() throws Exception {
        String session =
                Joining.session(
                        admin, program.groupId(), Instant.now().plus(3, ChronoUnit.MINUTES));
        List<Enrolled> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add(program.ready(admin, Enrolled.fresh(intake)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> rooms = new ArrayList<>();
        for (Enrolled p : people) {
            rooms.add(
                    pool.submit(
                            () -> {
                                String ticket =
                                        Joining.ticket(
                                                p.self()
                                                        .post(
                                                                "/me/sessions/" + session + "/join",
                                                                Joining.answers(
                                                                        "CA", true, "CAMERA_ON")));
                                start.await();
                                HttpResponse<String> used = redeem(p, ticket);
                                assertEquals(200, used.statusCode(), used.body());
                                return Joining.room(URI.create(Api.object(used).getString("url")));
                            }));
        }
        start.countDown();
        Set<String> distinct = new HashSet<>();
        for (Future<String> r : rooms) {
            distinct.add(r.get());
        }
        pool.shutdown();
        assertEquals(1, distinct.size(), "one room for the session: " + distinct);
        if (Database.available()) {
            try (Connection c = Database.connect();
                    PreparedStatement q =
                            c.prepareStatement(
                                    "select count(*) from video_room where session_id = ?")) {
                q.setObject(1, UUID.fromString(session));
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    assertEquals(1, rs.getInt(1));
                }
            }
        }
    }

    @Test
    void theDecisionAndLocationStayWithTheAttendanceAndVendorEventsMarkPresence() throws Exception {
        Enrolled member = program.ready(admin, Enrolled.fresh(intake));
        HttpResponse<String> joined = program.join(member, "CA");
        URI link = URI.create(Api.object(redeem(member, Joining.ticket(joined))).getString("url"));

        JsonObject waiting = rosterLine(program.sessionId(), member.id());
        assertEquals("WAITING", waiting.getString("presence"), "the portal's join is an intent");
        JsonObject intent = waiting.getJsonArray("segments").getJsonObject(0);
        assertEquals("PORTAL", intent.getString("source"));
        assertEquals("CA", intent.getString("placeOfService"));
        JsonObject lastJoin = waiting.getJsonObject("lastJoin");
        assertEquals("ALLOW", lastJoin.getString("verdict"));
        assertTrue(lastJoin.getBoolean("reaffirmed"));
        assertTrue(
                lastJoin.getJsonArray("obligations").toString().contains("present location"),
                "California's obligation reaches the facilitator: " + lastJoin);

        String room = Joining.room(link);
        String ref =
                Joining.claims(link).getJsonObject("context").getJsonObject("user").getString("id");
        HttpResponse<String> in = JaasWebhooks.jaas("PARTICIPANT_JOINED", room, ref);
        assertEquals(202, in.statusCode(), in.body());
        assertEquals(1, Api.object(in).getInt("recorded"));
        assertEquals(
                0,
                Api.object(JaasWebhooks.jaas("PARTICIPANT_JOINED", room, ref)).getInt("recorded"),
                "a repeated delivery changes nothing");
        JsonObject inRoom = rosterLine(program.sessionId(), member.id());
        assertEquals("IN_ROOM", inRoom.getString("presence"));
        JsonObject vendor =
                inRoom.getJsonArray("segments").getValuesAs(JsonObject.class).stream()
                        .filter(s -> s.getString("source").equals("VENDOR"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("CA", vendor.getString("placeOfService"));
        assertTrue(vendor.getBoolean("open"));

        String left = JaasWebhooks.body("PARTICIPANT_LEFT", room, ref);
        String signature = JaasWebhooks.sign(left);
        assertEquals(1, Api.object(JaasWebhooks.deliver(left, signature)).getInt("recorded"));
        assertEquals("LEFT", rosterLine(program.sessionId(), member.id()).getString("presence"));
        // The same signed delivery again, inside JaaS's five minutes: acknowledged, and nothing
        // happens.
        HttpResponse<String> replayed = JaasWebhooks.deliver(left, signature);
        assertEquals(202, replayed.statusCode(), replayed.body());
        assertTrue(Api.object(replayed).getBoolean("replayed"), replayed.body());
        assertEquals(0, Api.object(replayed).getInt("recorded"));

        HttpResponse<String> forged =
                JaasWebhooks.deliver(
                        JaasWebhooks.body("PARTICIPANT_JOINED", room, ref),
                        "t=" + Instant.now().getEpochSecond() + ",v1=AAAA");
        assertEquals(401, forged.statusCode());

        Api privacy = Api.as(Target.PRIVACY_OFFICER, Target.STAFF_PASSWORD);
        assertEquals(
                1,
                Api.object(JaasWebhooks.jaas("RECORDING_STARTED", room, null)).getInt("recorded"));
        JsonObject incident =
                Api.array(privacy.get("/incidents")).getValuesAs(JsonObject.class).stream()
                        .filter(
                                i ->
                                        program.sessionId().equals(i.getString("sessionId", null))
                                                && i.getString("kind").equals("RECORDING"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("a recording opens an incident"));
        assertEquals("SYSTEM", incident.getString("reporter"));
        JsonArray events =
                Api.object(privacy.get("/incidents/" + incident.getString("id")))
                        .getJsonArray("events");
        assertTrue(events.toString().contains("incident.report.RECORDING"), events.toString());
    }

    /** Last, so that the others' time counts towards the two minutes. */
    @Test
    @Order(Integer.MAX_VALUE)
    void aTicketNotUsedWithinTwoMinutesNoLongerWorks() throws InterruptedException {
        long wait = Duration.between(Instant.now(), lateExpiry).toMillis() + 1000;
        if (wait > 0) {
            Thread.sleep(wait);
        }
        HttpResponse<String> expired = redeem(late, lateTicket);
        assertEquals(422, expired.statusCode(), expired.body());
        assertTrue(Api.object(expired).getString("detail").contains("expired"));
        HttpResponse<String> again = program.join(late, "IL");
        assertEquals(
                200,
                redeem(late, Joining.ticket(again)).statusCode(),
                "pressing Join again gives a new ticket that works");
    }

    private static JsonObject rosterLine(String sessionId, String participantId) {
        HttpResponse<String> roster = admin.get("/sessions/" + sessionId + "/attendance");
        assertEquals(200, roster.statusCode(), roster.body());
        return Api.array(roster).getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("participantId").equals(participantId))
                .findFirst()
                .orElseThrow();
    }
}
