package org.openiop.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.People;
import org.openiop.it.support.Programs;
import org.openiop.it.support.Target;

/** Who may open the vault, for what purpose, and that every look is in the audit trail. */
class VaultAccessIT {

    private static Api intake;
    private static Api clinician;
    private static Api privacyOfficer;
    private static Api auditor;
    private static People.Person person;
    private static String participantId;

    @BeforeAll
    static void enrollSomeone() {
        intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        clinician = Api.as(Target.CLINICIAN, Target.STAFF_PASSWORD);
        privacyOfficer = Api.as(Target.PRIVACY_OFFICER, Target.STAFF_PASSWORD);
        auditor = Api.as(Target.AUDITOR, Target.STAFF_PASSWORD);
        person = People.distinctive("Perpetua");
        HttpResponse<String> created = intake.post("/participants", person.json(false));
        assertEquals(201, created.statusCode(), created.body());
        participantId = Api.object(created).getString("participantId");
        // In demo-clinician's group: a clinician opens an emergency view only within their
        // caseload.
        Api admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        Programs.fresh(admin).add(admin, participantId);
    }

    @Test
    void intakeReadsTheIdentityForAStatedPurposeAndTheReadIsAudited() {
        HttpResponse<String> read =
                intake.get("/participants/" + participantId + "/identity?purpose=enrollment");
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(person.last(), Api.object(read).getString("legalLastName"));
        assertEquals(person.memberId(), Api.object(read).getString("insuranceMemberId"));
        assertTrue(read.headers().firstValue("Cache-Control").orElse("").contains("no-store"));

        HttpResponse<String> noPurpose = intake.get("/participants/" + participantId + "/identity");
        assertEquals(400, noPurpose.statusCode());
        assertTrue(Api.object(noPurpose).getString("detail").contains("purpose"));

        assertTrue(
                eventsFor(participantId).stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(
                                e ->
                                        e.getString("actor").equals(Target.INTAKE)
                                                && e.getString("action").equals("vault.read")
                                                && e.getString("purpose", "").equals("enrollment")
                                                && e.getString("outcome").equals("success")));
    }

    @Test
    void aClinicianNeedsBreakGlassWhichLastsFifteenMinutesAndIsReviewed() {
        HttpResponse<String> refused =
                clinician.get("/participants/" + participantId + "/identity?purpose=emergency");
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(Api.object(refused).getString("detail").contains("break-glass"));

        HttpResponse<String> noReason =
                clinician.post(
                        "/participants/" + participantId + "/break-glass",
                        "{\"reason\": \"OTHER\"}");
        assertEquals(400, noReason.statusCode(), noReason.body());

        HttpResponse<String> granted =
                clinician.post(
                        "/participants/" + participantId + "/break-glass",
                        "{\"reason\": \"MEDICAL_EMERGENCY\"}");
        assertEquals(201, granted.statusCode(), granted.body());
        JsonObject grant = Api.object(granted);
        assertEquals(
                Duration.ofMinutes(15),
                Duration.between(
                        Instant.parse(grant.getString("grantedAt")),
                        Instant.parse(grant.getString("expiresAt"))));

        HttpResponse<String> read =
                clinician.get("/participants/" + participantId + "/identity?purpose=emergency");
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(person.first(), Api.object(read).getString("legalFirstName"));

        JsonArray events = eventsFor(participantId);
        assertTrue(
                events.stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(
                                e ->
                                        e.getString("actor").equals(Target.CLINICIAN)
                                                && e.getString("action").equals("vault.read")
                                                && e.getString("outcome").equals("denied")),
                events.toString());
        assertTrue(
                events.stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(e -> e.getString("action").equals("break-glass.grant")));
        assertTrue(
                events.stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(
                                e ->
                                        e.getString("actor").equals(Target.CLINICIAN)
                                                && e.getString("action").equals("vault.read")
                                                && e.getString("purpose", "")
                                                        .startsWith("break-glass")));

        JsonArray queue = Api.array(privacyOfficer.get("/break-glass"));
        assertTrue(queue.toString().contains(grant.getString("id")), "queued for review");
        HttpResponse<String> reviewed =
                privacyOfficer.post(
                        "/break-glass/" + grant.getString("id") + "/review",
                        "{\"justified\": true, \"note\": \"Ambulance called during group; confirmed"
                                + " with the charge nurse.\"}");
        assertEquals(200, reviewed.statusCode(), reviewed.body());
        assertEquals(Target.PRIVACY_OFFICER, Api.object(reviewed).getString("reviewedBy"));
        assertEquals(
                409,
                privacyOfficer
                        .post(
                                "/break-glass/" + grant.getString("id") + "/review",
                                "{\"justified\": false, \"note\": \"again\"}")
                        .statusCode());
        assertTrue(
                !Api.array(privacyOfficer.get("/break-glass"))
                        .toString()
                        .contains(grant.getString("id")));
    }

    @Test
    void participantsAndAuditorsCannotReadTheVault() {
        assertEquals(
                403,
                auditor.get("/participants/" + participantId + "/identity?purpose=legal-request")
                        .statusCode());
        assertEquals(
                403,
                Api.as(Target.PARTICIPANT, Target.PARTICIPANT_PASSWORD)
                        .get("/participants/" + participantId + "/identity?purpose=enrollment")
                        .statusCode());
    }

    @Test
    void theAuditChainVerifiesIntact() {
        HttpResponse<String> verified = auditor.get("/audit/verification");
        assertEquals(200, verified.statusCode(), verified.body());
        JsonObject result = Api.object(verified);
        assertTrue(result.getBoolean("intact"), result.toString());
        assertTrue(result.getString("summary").matches("intact, [0-9]+ events"), result.toString());
        assertEquals(403, clinician.get("/audit/verification").statusCode());
    }

    static JsonArray eventsFor(String target) {
        HttpResponse<String> events = auditor.get("/audit/events?target=" + target);
        assertEquals(200, events.statusCode(), events.body());
        return Api.array(events);
    }
}
