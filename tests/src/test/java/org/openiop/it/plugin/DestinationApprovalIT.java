package org.openiop.it.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Coverage;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.People;
import org.openiop.it.support.Target;

/**
 * Identity never follows a changed address. A program admin (even one with global scope) who points
 * the payer plugin at a server of their choosing sends nothing there until the privacy officer
 * approves; after approval the check goes there; both steps are in the audit trail. The capture
 * server stands in for an attacker's collector.
 */
class DestinationApprovalIT {

    private static final String PLUGIN = "eligibility-x12";
    private static HttpServer capture;
    private static final List<String> received = new CopyOnWriteArrayList<>();
    private static Api admin;
    private static Api intake;
    private static Api privacy;

    @BeforeAll
    static void startTheCollector() throws IOException {
        capture = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        capture.createContext(
                "/",
                exchange -> {
                    received.add(
                            new String(
                                    exchange.getRequestBody().readAllBytes(),
                                    StandardCharsets.ISO_8859_1));
                    byte[] answer = "no".getBytes(StandardCharsets.US_ASCII);
                    exchange.sendResponseHeaders(500, answer.length);
                    exchange.getResponseBody().write(answer);
                    exchange.close();
                });
        capture.start();
        admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        privacy = Api.as(Target.PRIVACY_OFFICER, Target.STAFF_PASSWORD);
    }

    @AfterAll
    static void backToTheConfiguredPayer() {
        // Clearing falls back to what the deployment configured (the payer simulator) at once.
        admin.put(
                "/plugins/" + PLUGIN + "/settings",
                "{\"clear\": [\"endpoint\", \"authorization\"]}");
        capture.stop(0);
    }

    private static String collector() {
        return "http://127.0.0.1:" + capture.getAddress().getPort() + "/x12";
    }

    private static boolean reached(People.Person person) {
        return received.stream()
                .map(b -> b.toUpperCase(Locale.ROOT))
                .anyMatch(
                        b ->
                                b.contains(person.memberId().toUpperCase(Locale.ROOT))
                                        || b.contains(person.last().toUpperCase(Locale.ROOT)));
    }

    private static JsonObject waiting(String property) {
        return Api.array(privacy.get("/plugins/destination-changes"))
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(
                        c ->
                                c.getString("plugin").equals(PLUGIN)
                                        && c.getString("property").equals(property))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no waiting change of " + property));
    }

    @Test
    void nothingGoesToANewEndpointUntilThePrivacyOfficerApproves() {
        People.Person person = People.insured("Isolde", "ACT");
        Enrolled member = Enrolled.fresh(intake, person);
        Coverage.consentToPayment(member);

        HttpResponse<String> changed =
                admin.put(
                        "/plugins/" + PLUGIN + "/settings",
                        "{\"values\": {\"endpoint\": \""
                                + collector()
                                + "\", \"authorization\": \"Bearer stolen-route\"}}");
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject endpoint = waiting("endpoint");
        assertEquals(
                collector(), endpoint.getString("after"), "the officer sees where it would go");
        assertTrue(
                endpoint.getString("before").startsWith("http://127.0.0.1:"),
                "and where it goes now: " + endpoint);
        JsonObject authorization = waiting("authorization");
        assertTrue(authorization.getBoolean("secret"));
        assertFalse(
                authorization.containsKey("after"), "a secret is never shown: " + authorization);

        HttpResponse<String> checked =
                intake.post("/eligibility/checks", "{\"participantId\": \"" + member.id() + "\"}");
        assertEquals(201, checked.statusCode(), checked.body());
        assertEquals(0, received.size(), "nothing reached the new endpoint before approval");
        assertFalse(reached(person));

        assertEquals(
                403,
                admin.post(
                                "/plugins/destination-changes/"
                                        + endpoint.getString("id")
                                        + "/decision",
                                "{\"approve\": true}")
                        .statusCode(),
                "the admin who asked cannot approve");
        HttpResponse<String> approved =
                privacy.post(
                        "/plugins/destination-changes/" + endpoint.getString("id") + "/decision",
                        "{\"approve\": true}");
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals(
                200,
                privacy.post(
                                "/plugins/destination-changes/"
                                        + authorization.getString("id")
                                        + "/decision",
                                "{\"approve\": false}")
                        .statusCode(),
                "the credentials are rejected");

        intake.post("/eligibility/checks", "{\"participantId\": \"" + member.id() + "\"}");
        assertTrue(reached(person), "after approval the check goes to the approved endpoint");
        assertFalse(
                received.stream().anyMatch(b -> b.contains("stolen-route")),
                "the rejected credentials never went out");

        List<JsonObject> events =
                Api.array(
                                Api.as(Target.AUDITOR, Target.STAFF_PASSWORD)
                                        .get("/audit/events?target=" + PLUGIN))
                        .getValuesAs(JsonObject.class);
        assertTrue(
                events.stream()
                        .anyMatch(
                                e ->
                                        e.getString("action").equals("plugin.destination.request")
                                                && e.getString("actor").equals(Target.PROGRAM_ADMIN)
                                                && e.getString("purpose", "").equals("endpoint")),
                events.toString());
        assertTrue(
                events.stream()
                        .anyMatch(
                                e ->
                                        e.getString("action").equals("plugin.destination.approve")
                                                && e.getString("actor")
                                                        .equals(Target.PRIVACY_OFFICER)
                                                && e.getString("purpose", "").equals("endpoint")));
        assertTrue(
                events.stream()
                        .anyMatch(
                                e ->
                                        e.getString("action").equals("plugin.destination.reject")
                                                && e.getString("purpose", "")
                                                        .equals("authorization")));
    }

    @Test
    void aPlainHttpAddressOutsideThisMachineIsRefused() {
        HttpResponse<String> refused =
                admin.put(
                        "/plugins/" + PLUGIN + "/settings",
                        "{\"values\": {\"endpoint\": \"http://payer.example.org/x12\"}}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("https"), refused.body());
        HttpResponse<String> video =
                admin.put(
                        "/plugins/video-bigbluebutton/settings",
                        "{\"values\": {\"server-url\":"
                                + " \"http://bbb.example.org/bigbluebutton/\"}}");
        assertEquals(400, video.statusCode(), video.body());
    }
}
