package org.openiop.it.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.Programs;
import org.openiop.it.support.Target;

/** Agreements, Part 2 consents and the disclosures ledger through the REST API. */
class ConsentsIT {

    private static Api admin;
    private static Api intake;
    private static Api privacy;

    @BeforeAll
    static void staff() {
        admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        privacy = Api.as(Target.PRIVACY_OFFICER, Target.STAFF_PASSWORD);
    }

    private static String publish(String programId, String text) {
        HttpResponse<String> published =
                admin.post(
                        "/programs/" + programId + "/agreements",
                        "{\"text\": \"" + text.replace("\n", "\\n") + "\"}");
        assertEquals(201, published.statusCode(), published.body());
        return Api.object(published).getString("sha256");
    }

    private static boolean unsigned(String programId, String pseudonym) {
        return Api.array(admin.get("/programs/" + programId + "/agreements/unsigned"))
                .getValuesAs(JsonObject.class)
                .stream()
                .anyMatch(m -> pseudonym.equals(m.getString("pseudonym", null)));
    }

    @Test
    void aNewAgreementVersionMustBeSignedAgainAndTheUnsignedListFollows() {
        Programs program = Programs.fresh(admin);
        Enrolled member = Enrolled.fresh(intake);
        program.add(admin, member);
        String v1 =
                publish(program.programId(), "# Group agreement\n\nWhat is said here stays here.");

        JsonArray toSign = Api.array(member.self().get("/me/agreements"));
        assertEquals(1, toSign.size(), toSign.toString());
        assertEquals(v1, toSign.getJsonObject(0).getString("sha256"));
        assertTrue(toSign.getJsonObject(0).getString("html").contains("<h1>Group agreement</h1>"));
        assertTrue(unsigned(program.programId(), member.pseudonym()));

        String sign =
                "{\"programId\": \""
                        + program.programId()
                        + "\", \"sha256\": \"%s\", \"agree\": %s, \"signature\": \"%s\"}";
        HttpResponse<String> wrongName =
                member.self()
                        .post("/me/agreements", String.format(sign, v1, "true", "Somebody Else"));
        assertEquals(400, wrongName.statusCode());
        assertTrue(Api.object(wrongName).getString("detail").contains("pseudonym"));
        assertEquals(
                400,
                member.self()
                        .post(
                                "/me/agreements",
                                String.format(sign, v1, "false", member.pseudonym()))
                        .statusCode());
        assertEquals(
                201,
                member.self()
                        .post(
                                "/me/agreements",
                                String.format(sign, v1, "true", member.pseudonym().toUpperCase()))
                        .statusCode());
        assertEquals(0, Api.array(member.self().get("/me/agreements")).size());
        assertFalse(unsigned(program.programId(), member.pseudonym()));

        HttpResponse<String> same =
                admin.post(
                        "/programs/" + program.programId() + "/agreements",
                        "{\"text\": \"# Group agreement\\r"
                                + "\\n"
                                + "\\r"
                                + "\\n"
                                + "What is said here stays here.\"}");
        assertEquals(
                400,
                same.statusCode(),
                "the same text with other line endings is the same version");

        String v2 =
                publish(
                        program.programId(),
                        "# Group agreement\n\nWhat is said here stays here.\n\nNo recording.");
        assertEquals(
                v2,
                Api.array(member.self().get("/me/agreements"))
                        .getJsonObject(0)
                        .getString("sha256"));
        assertTrue(unsigned(program.programId(), member.pseudonym()));
        assertEquals(
                400,
                member.self()
                        .post("/me/agreements", String.format(sign, v1, "true", member.pseudonym()))
                        .statusCode(),
                "the old version no longer counts");
    }

    private static String tpo(String recipientClass) {
        return "{\"type\": \"TPO\", \"recipientClass\": \""
                + recipientClass
                + "\", \"purpose\": \"PAYMENT\", \"information\": \"Dates of attendance and hours"
                + " of care\", \"expiresOnDischarge\": true}";
    }

    @Test
    void revokingTheTpoConsentStopsDisclosuresFromThatMomentAndTheAccountingShowsWhatWentOut() {
        Enrolled member = Enrolled.fresh(intake);
        HttpResponse<String> signed =
                member.self()
                        .post(
                                "/me/consents",
                                "{\"signature\": \""
                                        + member.pseudonym()
                                        + "\", \"consents\": ["
                                        + tpo("HEALTH_PLAN")
                                        + "]}");
        assertEquals(201, signed.statusCode(), signed.body());
        String consentId = Api.array(signed).getJsonObject(0).getString("id");

        String disclosure =
                "{\"recipient\": \"Example Health Plan\", \"recipientClass\": \"HEALTH_PLAN\","
                    + " \"purpose\": \"PAYMENT\", \"description\": \"Eligibility inquiry: member id"
                    + " and date of birth\"}";
        HttpResponse<String> first =
                privacy.post("/participants/" + member.id() + "/disclosures", disclosure);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(consentId, Api.object(first).getString("consentId"));

        HttpResponse<String> unwritten =
                member.self()
                        .post(
                                "/me/consents/" + consentId + "/revocation",
                                "{\"revocation\": \" \"}");
        assertEquals(400, unwritten.statusCode(), "a revocation is a written act");
        HttpResponse<String> revoked =
                member.self()
                        .post(
                                "/me/consents/" + consentId + "/revocation",
                                "{\"revocation\": \"I do not want my plan contacted any more.\"}");
        assertEquals(200, revoked.statusCode(), revoked.body());

        HttpResponse<String> refused =
                privacy.post("/participants/" + member.id() + "/disclosures", disclosure);
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(Api.object(refused).getString("detail").contains("nothing was disclosed"));

        JsonArray accounting = Api.array(member.self().get("/me/disclosures"));
        assertEquals(1, accounting.size(), accounting.toString());
        assertEquals("Example Health Plan", accounting.getJsonObject(0).getString("recipient"));
        assertTrue(accounting.getJsonObject(0).getString("notice").contains("42 CFR part 2"));
        assertEquals(
                1, Api.array(privacy.get("/participants/" + member.id() + "/disclosures")).size());
        assertEquals(
                403,
                Api.as(Target.CLINICIAN, Target.STAFF_PASSWORD)
                        .get("/participants/" + member.id() + "/disclosures")
                        .statusCode());
    }

    @Test
    void counselingNotesAreSignedOnTheirOwnAndNothingIsSavedOtherwise() {
        Enrolled member = Enrolled.fresh(intake);
        String notes =
                "{\"type\": \"COUNSELING_NOTES\", \"recipientClass\": \"NAMED\", \"recipientName\":"
                    + " \"Lakeside Family Clinic\", \"purpose\": \"TREATMENT\", \"information\":"
                    + " \"Counseling notes of March\", \"expiresOn\": \"2099-12-31\"}";
        HttpResponse<String> combined =
                member.self()
                        .post(
                                "/me/consents",
                                "{\"signature\": \""
                                        + member.pseudonym()
                                        + "\", \"consents\": ["
                                        + notes
                                        + ", "
                                        + tpo("TREATMENT_TEAM")
                                        + "]}");
        assertEquals(400, combined.statusCode(), combined.body());
        assertTrue(Api.object(combined).getString("detail").contains("2.31(b)"));
        assertEquals(0, Api.array(member.self().get("/me/consents")).size(), "nothing was saved");
        HttpResponse<String> alone =
                member.self()
                        .post(
                                "/me/consents",
                                "{\"signature\": \""
                                        + member.pseudonym()
                                        + "\", \"consents\": ["
                                        + notes
                                        + "]}");
        assertEquals(201, alone.statusCode(), alone.body());
        HttpResponse<String> noExpiry =
                member.self()
                        .post(
                                "/me/consents",
                                "{\"signature\": \""
                                        + member.pseudonym()
                                        + "\", \"consents\": [{\"type\": \"TPO\","
                                        + " \"recipientClass\": \"HEALTH_PLAN\", \"purpose\":"
                                        + " \"PAYMENT\", \"information\": \"x\"}]}");
        assertEquals(400, noExpiry.statusCode());
        assertEquals(
                "Say when the consent ends: a date, or at discharge.",
                Api.object(noExpiry).getString("detail"));
        // The clinician reads the consents of their own groups' members (ClinicianScopeIT: no one
        // else's).
        Programs.fresh(admin).add(admin, member);
        assertEquals(
                1,
                Api.array(
                                Api.as(Target.CLINICIAN, Target.STAFF_PASSWORD)
                                        .get("/participants/" + member.id() + "/consents"))
                        .size());
    }
}
