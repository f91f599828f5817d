package org.openiop.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** Licensing decisions asked of the REST API, with credentials written as it reads them. */
public final class Licensing {

    private Licensing() {}

    /** Work done while demo-clinician holds a license. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /**
     * Gives demo-clinician an Illinois counselor's license (the demo participants join from
     * Illinois) for the length of the work, then takes it back: the other tests expect
     * demo-clinician to hold no credentials.
     */
    public static void asLicensedInIllinois(Api admin, Work work) throws Exception {
        String credentials = "/clinicians/" + Target.CLINICIAN + "/credentials";
        HttpResponse<String> license = admin.post(credentials, license("COUNSELOR", "IL"));
        assertEquals(201, license.statusCode(), license.body());
        try {
            work.run();
        } finally {
            admin.delete(credentials + "/" + Api.object(license).getString("id"));
        }
    }

    public static String license(String profession, String state) {
        return "{\"type\": \"LICENSE\", \"profession\": \""
                + profession
                + "\", \"jurisdiction\": \""
                + state
                + "\", \"number\": \""
                + state
                + "-100\", \"validFrom\": \"2020-01-01\"}";
    }

    public static JsonObject decide(
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
