package org.openiop.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.Target;
import org.openiop.it.support.Tokens;

/** /api takes bearer tokens from the openiop realm; every error is JSON. */
class ApiIT {

    private static String clinicianToken;
    private static String participantToken;

    @BeforeAll
    static void tokens() {
        clinicianToken = Tokens.accessToken(Target.CLINICIAN, Target.STAFF_PASSWORD);
        participantToken = Tokens.accessToken(Target.PARTICIPANT, Target.PARTICIPANT_PASSWORD);
    }

    private static HttpResponse<String> get(String path, String bearer) {
        var request =
                HttpRequest.newBuilder(URI.create(Target.app() + path))
                        .timeout(Duration.ofSeconds(20))
                        .GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return new Browserless().send(request.build());
    }

    private static JsonObject errorBody(HttpResponse<String> response) {
        assertTrue(
                response.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .startsWith("application/json"),
                "JSON, not " + response.headers().firstValue("Content-Type"));
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        assertTrue(body.getString("error").length() > 3, "error says what went wrong");
        assertTrue(body.getString("detail").length() > 10, "detail says what to do");
        return body;
    }

    @Test
    void noTokenGives401AsJson() {
        HttpResponse<String> response = get("/api/programs/today", null);
        assertEquals(401, response.statusCode());
        assertEquals("Sign-in required", errorBody(response).getString("error"));
        assertTrue(
                response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    @Test
    void aForgedTokenGives401AsJson() {
        String forged =
                "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4IiwiZ3JvdXBzIjpbImNsaW5pY2lhbiJdfQ.c2lnbmF0dXJl";
        HttpResponse<String> response = get("/api/programs/today", forged);
        assertEquals(401, response.statusCode());
        errorBody(response);
    }

    @Test
    void aParticipantsTokenOnAStaffEndpointGives403AsJson() {
        HttpResponse<String> response = get("/api/programs/today", participantToken);
        assertEquals(403, response.statusCode());
        assertEquals("Not allowed", errorBody(response).getString("error"));
    }

    @Test
    void aClinicianGetsTodaysPrograms() {
        HttpResponse<String> response = get("/api/programs/today", clinicianToken);
        assertEquals(200, response.statusCode(), response.body());
        JsonArray programs = Json.createReader(new StringReader(response.body())).readArray();
        assertTrue(
                programs.stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(p -> p.getString("name").equals("Evening Adult IOP")));
        assertTrue(
                programs.stream()
                        .map(JsonObject.class::cast)
                        .noneMatch(p -> p.getString("name").equals("Closed Pilot Program")));
    }

    @Test
    void aParticipantSeesOnlyTheirGeneratedUsernameAndRole() {
        HttpResponse<String> response = get("/api/me", participantToken);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject me = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals(Target.PARTICIPANT, me.getString("username"));
        assertEquals(
                java.util.List.of("participant"),
                me.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        assertEquals(2, me.size(), "nothing but username and roles: " + me);
    }

    @Test
    void anUnknownApiPathGives404AsJson() {
        HttpResponse<String> response = get("/api/no-such-thing", clinicianToken);
        assertEquals(404, response.statusCode());
        errorBody(response);
    }
}
