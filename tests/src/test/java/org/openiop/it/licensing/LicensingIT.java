package org.openiop.it.licensing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Licensing;
import org.openiop.it.support.Plugins;
import org.openiop.it.support.Target;

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
            JsonObject p = Plugins.plugin(Api.array(list), id);
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
                Licensing.decide(
                        admin,
                        "MARRIAGE_FAMILY_THERAPIST",
                        "CA",
                        "VIDEO",
                        Licensing.license("MARRIAGE_FAMILY_THERAPIST", "CA"));
        assertEquals("ALLOW", california.getString("verdict"), california.toString());
        assertEquals(2, california.getJsonArray("obligations").size());
        JsonObject florida =
                Licensing.decide(
                        admin,
                        "COUNSELOR",
                        "FL",
                        "AUDIO_ONLY",
                        Licensing.license("COUNSELOR", "FL"));
        assertEquals("DENY", florida.getString("verdict"), florida.toString());
        JsonObject nothing =
                Licensing.decide(
                        admin, "COUNSELOR", "WI", "VIDEO", Licensing.license("COUNSELOR", "IL"));
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
        var saved = admin.post(path, Licensing.license("COUNSELOR", "NM"));
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
                clinician.post(path, Licensing.license("COUNSELOR", "NM")).statusCode(),
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
}
