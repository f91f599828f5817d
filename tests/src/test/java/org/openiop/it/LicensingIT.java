package org.openiop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled licensing plugins, loaded by the registry and composed by the host, on either
 * runtime.
 */
class LicensingIT {

    private static Api admin;

    @BeforeAll
    static void signIn() {
        admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
    }

    @Test
    void theBundledLicensingPluginsAreActive() {
        HttpResponse<String> list = admin.get("/plugins");
        assertEquals(200, list.statusCode(), list.body());
        for (String id :
                new String[] {
                    "licensing-state-license", "licensing-compacts", "licensing-state-rules"
                }) {
            JsonObject p = PluginsIT.plugin(Api.array(list), id);
            assertEquals("ACTIVE", p.getString("state"), p.toString());
            assertEquals("bundled", p.getString("origin"));
            assertEquals("LICENSING", p.getString("kind"));
        }
        assertEquals(
                403, Api.as(Target.CLINICIAN, Target.STAFF_PASSWORD).get("/plugins").statusCode());
    }

    @Test
    void licensingDecisionsComposeTheBundledRules() {
        JsonObject california =
                decide(
                        admin,
                        "MARRIAGE_FAMILY_THERAPIST",
                        "CA",
                        "VIDEO",
                        license("MARRIAGE_FAMILY_THERAPIST", "CA"));
        assertEquals("ALLOW", california.getString("verdict"), california.toString());
        assertEquals(2, california.getJsonArray("obligations").size());
        JsonObject florida =
                decide(admin, "COUNSELOR", "FL", "AUDIO_ONLY", license("COUNSELOR", "FL"));
        assertEquals("DENY", florida.getString("verdict"), florida.toString());
        JsonObject nothing = decide(admin, "COUNSELOR", "WI", "VIDEO", license("COUNSELOR", "IL"));
        assertEquals("REVIEW", nothing.getString("verdict"));
        HttpResponse<String> bad =
                admin.post(
                        "/licensing/decisions",
                        "{\"profession\": \"WIZARD\", \"jurisdiction\": \"IL\"}");
        assertEquals(400, bad.statusCode(), bad.body());
    }

    @Test
    void aClinicianRecordedCredentialsDecideAndEveryChangeIsKept() {
        String path = "/clinicians/" + Target.CLINICIAN + "/credentials";
        var saved = admin.post(path, license("COUNSELOR", "NM"));
        assertEquals(201, saved.statusCode(), saved.body());
        String id = Api.object(saved).getString("id");
        JsonObject allowed =
                Api.object(
                        admin.post(
                                "/licensing/decisions",
                                "{\"clinician\": \""
                                        + Target.CLINICIAN
                                        + "\", \"profession\": \"COUNSELOR\", \"jurisdiction\":"
                                        + " \"NM\", \"modality\": \"VIDEO\", \"date\":"
                                        + " \"2026-12-01\"}"));
        assertEquals("ALLOW", allowed.getString("verdict"), allowed.toString());

        Api clinician = Api.as(Target.CLINICIAN, Target.STAFF_PASSWORD);
        assertEquals(200, clinician.get(path).statusCode(), "a clinician reads their own");
        assertEquals(
                404,
                clinician.get("/clinicians/demo-admin/credentials").statusCode(),
                "but no one else's");
        assertEquals(
                403,
                clinician.post(path, license("COUNSELOR", "NM")).statusCode(),
                "only program admins record");
        assertEquals(
                400,
                admin.post(
                                path,
                                "{\"type\": \"LICENSE\", \"profession\": \"COUNSELOR\","
                                    + " \"jurisdiction\": \"ZZ\", \"number\": \"1\", \"validFrom\":"
                                    + " \"2020-01-01\"}")
                        .statusCode());

        assertEquals(204, admin.delete(path + "/" + id).statusCode());
        JsonObject review =
                Api.object(
                        admin.post(
                                "/licensing/decisions",
                                "{\"clinician\": \""
                                        + Target.CLINICIAN
                                        + "\", \"profession\": \"COUNSELOR\", \"jurisdiction\":"
                                        + " \"NM\", \"modality\": \"VIDEO\", \"date\":"
                                        + " \"2026-12-01\"}"));
        assertEquals("REVIEW", review.getString("verdict"));
    }

    static String license(String profession, String state) {
        return "{\"type\": \"LICENSE\", \"profession\": \""
                + profession
                + "\", \"jurisdiction\": \""
                + state
                + "\", \"number\": \""
                + state
                + "-100\", \"validFrom\": \"2020-01-01\"}";
    }

    static JsonObject decide(
            Api admin, String profession, String where, String modality, String... credentials) {
        HttpResponse<String> answer =
                admin.post(
                        "/licensing/decisions",
                        "{\"profession\": \""
                                + profession
                                + "\", \"jurisdiction\": \""
                                + where
                                + "\", \"modality\": \""
                                + modality
                                + "\", \"date\": \"2026-12-01\", \"credentials\": ["
                                + String.join(",", credentials)
                                + "]}");
        assertEquals(200, answer.statusCode(), answer.body());
        return Api.object(answer);
    }
}
