package org.openiop.it.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Coverage;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.Payer;
import org.openiop.it.support.People;
import org.openiop.it.support.Programs;
import org.openiop.it.support.Target;

/**
 * Coverage checks against the X12 payer simulator that ./openiop test starts: consent first, the
 * disclosure in the ledger, the payer's answer kept without identity, and a batch that goes on past
 * a hanging payer and a missing consent.
 */
class EligibilityIT {

    private static Api admin;
    private static Api intake;
    private static Api privacy;

    @BeforeAll
    static void staff() {
        admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        privacy = Api.as(Target.PRIVACY_OFFICER, Target.STAFF_PASSWORD);
    }

    /** How many 270s the simulator has received for this member id. */
    static int payerRequests(People.Person person) {
        return Payer.requests(person.memberId());
    }

    static int disclosures(Enrolled member) {
        return Api.array(privacy.get("/participants/" + member.id() + "/disclosures")).size();
    }

    @Test
    void withoutAPaymentConsentNothingReachesThePayerAndNothingIsLedgered() {
        People.Person person = People.insured("Isolde", "ACT");
        Enrolled member = Enrolled.fresh(intake, person);
        HttpResponse<String> refused =
                intake.post("/eligibility/checks", "{\"participantId\": \"" + member.id() + "\"}");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(
                refused.body()
                        .contains(
                                "No consent in force permits disclosing to the health plan for"
                                        + " payment"),
                refused.body());
        assertEquals(0, payerRequests(person), "a 270 went out without consent");
        assertEquals(0, disclosures(member), "a disclosure was recorded without one happening");
        assertEquals(
                0, Api.array(intake.get("/eligibility/checks?participant=" + member.id())).size());
    }

    @Test
    void anActiveMembersCheckIsDisclosedThenKeptWithTheirCopayAndNoIdentity() {
        People.Person person = People.insured("Isolde", "ACT");
        Enrolled member = Enrolled.fresh(intake, person);
        Coverage.consentToPayment(member);
        HttpResponse<String> checked =
                intake.post("/eligibility/checks", "{\"participantId\": \"" + member.id() + "\"}");
        assertEquals(201, checked.statusCode(), checked.body());
        assertEquals(1, payerRequests(person), "one 270 went to the payer");
        JsonObject check = Api.object(checked);
        assertEquals("ACTIVE", check.getString("outcome"));
        assertEquals(member.pseudonym(), check.getString("pseudonym"));
        JsonObject mhIn =
                check.getJsonArray("benefits").getValuesAs(JsonObject.class).stream()
                        .filter(
                                b ->
                                        b.getString("serviceType").equals("MH")
                                                && b.getString("network").equals("IN"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(30, mhIn.getJsonNumber("copay").intValue());
        assertEquals(1200, mhIn.getJsonNumber("deductibleRemaining").intValue());
        assertTrue(
                check.getString("summary").startsWith("Active coverage: EXAMPLE PPO."),
                check.getString("summary"));
        assertTrue(
                check.getString("summary").contains("copay $30.00 per visit"),
                check.getString("summary"));
        for (String canary : person.canaries()) {
            assertFalse(checked.body().contains(canary), "the check's answer holds " + canary);
        }
        // The ledger has the disclosure, with the 42 CFR 2.32 notice, and the check points to it.
        List<JsonObject> ledger =
                Api.array(privacy.get("/participants/" + member.id() + "/disclosures"))
                        .getValuesAs(JsonObject.class);
        assertEquals(1, ledger.size());
        assertEquals(check.getString("disclosureId"), ledger.get(0).getString("id"));
        assertEquals("HEALTH_PLAN", ledger.get(0).getString("recipientClass"));
        assertTrue(
                ledger.get(0).getString("notice").contains("42 CFR part 2"),
                ledger.get(0).toString());
        assertEquals(
                1, Api.array(intake.get("/eligibility/checks?participant=" + member.id())).size());
    }

    @Test
    void rejectedAndInactiveMembersSayWhatToDo() {
        Enrolled notFound = Enrolled.fresh(intake, People.insured("Isolde", "AAA75"));
        Coverage.consentToPayment(notFound);
        JsonObject rejected =
                Api.object(
                        intake.post(
                                "/eligibility/checks",
                                "{\"participantId\": \"" + notFound.id() + "\"}"));
        assertEquals("ERROR", rejected.getString("outcome"));
        assertEquals("75", rejected.getJsonArray("rejections").getJsonObject(0).getString("code"));
        assertTrue(
                rejected.getString("summary")
                        .contains("check the member id, name and date of birth"),
                rejected.getString("summary"));

        Enrolled inactive = Enrolled.fresh(intake, People.insured("Isolde", "INA"));
        Coverage.consentToPayment(inactive);
        assertEquals(
                "INACTIVE",
                Api.object(
                                intake.post(
                                        "/eligibility/checks",
                                        "{\"participantId\": \"" + inactive.id() + "\"}"))
                        .getString("outcome"));
        assertEquals(
                403,
                Api.as(Target.CLINICIAN, Target.STAFF_PASSWORD)
                        .post(
                                "/eligibility/checks",
                                "{\"participantId\": \"" + inactive.id() + "\"}")
                        .statusCode(),
                "clinicians do not check coverage");
        assertEquals(400, intake.post("/eligibility/checks", "{}").statusCode());
        HttpResponse<String> unnamed = intake.get("/eligibility/checks");
        assertEquals(400, unnamed.statusCode(), unnamed.body());
        assertTrue(unnamed.body().contains("?participant=id"), unnamed.body());
    }

    @Test
    void aBatchGoesOnPastAHangingPayerAndAMissingConsentAndReportsEach()
            throws InterruptedException {
        Programs program = Programs.fresh(admin);
        Enrolled active = Enrolled.fresh(intake, People.insured("Isolde", "ACT"));
        Enrolled hanging = Enrolled.fresh(intake, People.insured("Isolde", "HANG"));
        Enrolled noConsent = Enrolled.fresh(intake, People.insured("Isolde", "ACT"));
        Enrolled notFound = Enrolled.fresh(intake, People.insured("Isolde", "AAA75"));
        for (Enrolled m : List.of(active, hanging, noConsent, notFound)) {
            program.add(admin, m);
        }
        for (Enrolled m : List.of(active, hanging, notFound)) {
            Coverage.consentToPayment(m);
        }
        HttpResponse<String> started =
                admin.post(
                        "/eligibility/batches", "{\"programId\": \"" + program.programId() + "\"}");
        assertEquals(202, started.statusCode(), started.body());
        String batchId = Api.object(started).getString("id");
        assertEquals(4, Api.object(started).getInt("total"));
        JsonObject batch = null;
        for (int i = 0; i < 60; i++) {
            batch = Api.object(admin.get("/eligibility/batches/" + batchId));
            if (batch.getBoolean("finished")) {
                break;
            }
            Thread.sleep(500);
        }
        assertTrue(batch.getBoolean("finished"), "the batch did not finish: " + batch);
        assertEquals(4, batch.getInt("done"));
        assertEquals(100, batch.getInt("percent"));
        assertEquals(1, batch.getInt("active"));
        assertEquals(
                1,
                batch.getInt("unknown"),
                "the hanging payer is UNKNOWN after the plugin's timeout: " + batch);
        assertEquals(1, batch.getInt("failed"), "subscriber not found is an error");
        assertEquals(1, batch.getInt("skipped"), "no consent: skipped, not sent");
        Map<String, JsonObject> byPseudonym =
                batch.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                        .collect(
                                Collectors.toMap(
                                        c -> c.getString("pseudonym"), Function.identity()));
        assertEquals("UNKNOWN", byPseudonym.get(hanging.pseudonym()).getString("outcome"));
        assertTrue(
                byPseudonym
                        .get(hanging.pseudonym())
                        .getString("summary")
                        .contains("did not answer within 1 s"),
                byPseudonym.get(hanging.pseudonym()).getString("summary"));
        assertEquals("SKIPPED", byPseudonym.get(noConsent.pseudonym()).getString("outcome"));
        assertTrue(
                byPseudonym
                        .get(noConsent.pseudonym())
                        .getString("summary")
                        .contains("nothing was sent"));
        assertEquals(0, disclosures(noConsent));
        assertEquals("ACTIVE", byPseudonym.get(active.pseudonym()).getString("outcome"));
    }

    @Test
    void theDailyRecheckChecksBeforeAFirstSessionAndRunsOncePerDayWhoeverAsks()
            throws InterruptedException {
        // A new member whose first session is tomorrow, with consent and never asked about.
        Programs program = Programs.fresh(admin);
        java.time.Instant tomorrow =
                java.time.Instant.now()
                        .plus(java.time.Duration.ofDays(1))
                        .truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        HttpResponse<String> session =
                admin.post(
                        "/groups/" + program.groupId() + "/sessions",
                        "{\"startsAt\": \""
                                + tomorrow
                                + "\", \"endsAt\": \""
                                + tomorrow.plus(java.time.Duration.ofHours(3))
                                + "\"}");
        assertEquals(201, session.statusCode(), session.body());
        Enrolled newcomer = Enrolled.fresh(intake, People.insured("Isolde", "ACT"));
        HttpResponse<String> joined =
                admin.post(
                        "/groups/" + program.groupId() + "/members",
                        "{\"participantId\": \""
                                + newcomer.id()
                                + "\", \"startsOn\": \""
                                + java.time.LocalDate.now()
                                + "\"}");
        assertEquals(201, joined.statusCode(), joined.body());
        Coverage.consentToPayment(newcomer);

        HttpResponse<String> first = admin.post("/eligibility/rechecks", "");
        HttpResponse<String> second = admin.post("/eligibility/rechecks", "");
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(200, second.statusCode(), second.body());
        assertTrue(Api.object(first).getBoolean("claimed"), first.body());
        assertTrue(Api.object(first).getInt("beforeFirstSession") >= 1, first.body());
        assertFalse(
                Api.object(second).getBoolean("claimed"),
                "a second run on the same day must not claim it again");
        assertEquals(403, intake.post("/eligibility/rechecks", "").statusCode());
        JsonObject check = null;
        for (int i = 0; i < 40 && check == null; i++) {
            check =
                    Api.array(intake.get("/eligibility/checks?participant=" + newcomer.id()))
                            .getValuesAs(JsonObject.class)
                            .stream()
                            .findFirst()
                            .orElse(null);
            Thread.sleep(250);
        }
        assertTrue(check != null, "the re-check did not check the newcomer");
        assertEquals("FIRST_SESSION", check.getString("trigger"));
        assertEquals("ACTIVE", check.getString("outcome"));
        assertEquals("system", check.getString("checkedBy"));
    }
}
