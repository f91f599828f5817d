package org.openiop.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * A program ready for joining: a facilitator licensed in Illinois and California (so a participant
 * in Florida is denied), a published agreement, a group on video-jitsi and a session that is open
 * for joining now. {@link #ready} brings a participant through membership, agreement and consents.
 */
public record Joining(
        String programId, String groupId, String sessionId, String clinician, String agreementSha) {

    public static final String TELEHEALTH =
            "{\"type\": \"TELEHEALTH\", \"recipientClass\": \"TREATMENT_TEAM\", \"purpose\":"
                    + " \"TELEHEALTH_CARE\", \"information\": \"Group sessions by video\","
                    + " \"expiresOnDischarge\": true}";
    public static final String TPO =
            "{\"type\": \"TPO\", \"recipientClass\": \"TREATMENT_TEAM\", \"purpose\":"
                    + " \"TREATMENT\", \"information\": \"Attendance and group notes\","
                    + " \"expiresOnDischarge\": true}";

    /**
     * @param facilitator null for a fresh clinician licensed in IL and CA; else that username (e.g.
     *     demo-clinician)
     */
    public static Joining fresh(Api admin, String facilitator) {
        return fresh(admin, facilitator, "video-jitsi");
    }

    public static Joining fresh(Api admin, String facilitator, String videoPlugin) {
        String clinician = facilitator;
        if (clinician == null) {
            clinician = "it-join-" + People.letters(6);
            for (String state : new String[] {"IL", "CA"}) {
                HttpResponse<String> saved =
                        admin.post(
                                "/clinicians/" + clinician + "/credentials",
                                "{\"profession\": \"COUNSELOR\", "
                                        + "\"type\": \"LICENSE\", \"jurisdiction\": \""
                                        + state
                                        + "\", \"number\": \""
                                        + state
                                        + "-"
                                        + People.letters(4)
                                        + "\", \"validFrom\": \"2020-01-01\"}");
                assertEquals(201, saved.statusCode(), saved.body());
            }
        }
        HttpResponse<String> program =
                admin.post(
                        "/programs",
                        "{\"name\": \"IT Join "
                                + People.letters(6)
                                + "\", \"levelOfCare\": \"IOP_2_1\", \"timeZone\":"
                                + " \"America/Chicago\", \"startsOn\": \""
                                + LocalDate.now().minusDays(30)
                                + "\", \"states\": [\"IL\", \"CA\", \"FL\"]}");
        assertEquals(201, program.statusCode(), program.body());
        String programId = Api.object(program).getString("id");
        HttpResponse<String> group =
                admin.post(
                        "/programs/" + programId + "/groups",
                        "{\"name\": \"Join group\", \"capacity\": 40, "
                                + "\"videoPlugin\": \""
                                + videoPlugin
                                + "\", \"facilitators\": [\""
                                + clinician
                                + "\"]}");
        assertEquals(201, group.statusCode(), group.body());
        String groupId = Api.object(group).getJsonObject("group").getString("id");
        String sessionId = session(admin, groupId, Instant.now().plus(5, ChronoUnit.MINUTES));
        HttpResponse<String> published =
                admin.post(
                        "/programs/" + programId + "/agreements",
                        "{\"text\": \"# Our group\\n\\nWhat is said here stays here.\"}");
        assertEquals(201, published.statusCode(), published.body());
        return new Joining(
                programId,
                groupId,
                sessionId,
                clinician,
                Api.object(published).getString("sha256"));
    }

    /** A one-hour session starting at {@code start}. */
    public static String session(Api admin, String groupId, Instant start) {
        Instant at = start.truncatedTo(ChronoUnit.MINUTES);
        HttpResponse<String> made =
                admin.post(
                        "/groups/" + groupId + "/sessions",
                        "{\"startsAt\": \""
                                + at
                                + "\", \"endsAt\": \""
                                + at.plus(1, ChronoUnit.HOURS)
                                + "\"}");
        assertEquals(201, made.statusCode(), made.body());
        return Api.object(made).getJsonArray("sessions").getJsonObject(0).getString("id");
    }

    public void addMember(Api staff, Enrolled member) {
        HttpResponse<String> added =
                staff.post(
                        "/groups/" + groupId + "/members",
                        "{\"participantId\": \""
                                + member.id()
                                + "\", \"startsOn\": \""
                                + LocalDate.now().minusDays(7)
                                + "\"}");
        assertEquals(201, added.statusCode(), added.body());
    }

    public void signAgreement(Enrolled member) {
        HttpResponse<String> signed =
                member.self()
                        .post(
                                "/me/agreements",
                                "{\"programId\": \""
                                        + programId
                                        + "\", \"sha256\": \""
                                        + agreementSha
                                        + "\", \"agree\": true, \"signature\": \""
                                        + member.pseudonym()
                                        + "\"}");
        assertEquals(201, signed.statusCode(), signed.body());
    }

    public static void signConsents(Enrolled member) {
        HttpResponse<String> signed =
                member.self()
                        .post(
                                "/me/consents",
                                "{\"signature\": \""
                                        + member.pseudonym()
                                        + "\", \"consents\": ["
                                        + TELEHEALTH
                                        + ", "
                                        + TPO
                                        + "]}");
        assertEquals(201, signed.statusCode(), signed.body());
    }

    /** Member, agreement signed, consents signed: only the join questions are left. */
    public Enrolled ready(Api admin, Enrolled member) {
        addMember(admin, member);
        signAgreement(member);
        signConsents(member);
        return member;
    }

    public static String answers(String location, boolean reaffirmed, String camera) {
        return "{\"location\": "
                + (location == null ? "null" : "\"" + location + "\"")
                + ", \"reaffirmed\": "
                + reaffirmed
                + ", \"camera\": "
                + (camera == null ? "null" : "\"" + camera + "\"")
                + "}";
    }

    public HttpResponse<String> join(Enrolled member, String location) {
        return member.self()
                .post("/me/sessions/" + sessionId + "/join", answers(location, true, "CAMERA_OFF"));
    }

    /** The ticket in a 201 answer's ticketUrl. */
    public static String ticket(HttpResponse<String> joined) {
        assertEquals(201, joined.statusCode(), joined.body());
        String url = Api.object(joined).getString("ticketUrl");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** The room in a Jitsi link: the path's last segment. */
    public static String room(URI link) {
        String path = link.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * The claims of the JWT in a Jitsi link (decoded, not verified: the tests check what a vendor
     * would read).
     */
    public static JsonObject claims(URI link) {
        String query = link.getRawQuery();
        String jwt =
                java.net.URLDecoder.decode(
                        query.substring(query.indexOf("jwt=") + 4).split("&")[0],
                        StandardCharsets.UTF_8);
        String payload =
                new String(
                        Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(payload)).readObject();
    }
}
