package org.openiop.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.KeycloakAdmin;
import org.openiop.it.support.People;
import org.openiop.it.support.Target;

/**
 * One member of staff opening many identities in a short time raises one alert for the privacy
 * officer. Run by ./openiop test on the PostgreSQL tier with the threshold lowered to {@code
 * alerts.identity-reads} an hour.
 */
class AccessAlertIT {

    private static List<JsonObject> alertsFor(Api privacy, String staff) {
        HttpResponse<String> open = privacy.get("/access-alerts");
        assertEquals(200, open.statusCode(), open.body());
        return Api.array(open).getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("staff").equals(staff))
                .toList();
    }

    @Test
    void thirtyIdentityReadsInAMinuteRaiseOneAlertForThePrivacyOfficer() {
        int threshold = Integer.parseInt(Target.required("alerts.identity-reads"));
        var keycloak = new KeycloakAdmin();
        String username = "it-intake-" + People.letters(8).toLowerCase();
        String password = "It-Alert-Pass-2026-" + People.letters(4);
        String id = keycloak.createUser(username, password, "intake");
        try {
            Enrolled member = Enrolled.fresh(Api.as(Target.INTAKE, Target.STAFF_PASSWORD));
            Api curious = Api.as(username, password);
            Api privacy = Api.as(Target.PRIVACY_OFFICER, Target.STAFF_PASSWORD);
            for (int i = 0; i < threshold; i++) {
                assertEquals(
                        200,
                        curious.get("/participants/" + member.id() + "/identity?purpose=enrollment")
                                .statusCode());
            }
            assertEquals(List.of(), alertsFor(privacy, username), "at the threshold, no alert yet");
            for (int i = threshold; i < 30; i++) {
                assertEquals(
                        200,
                        curious.get("/participants/" + member.id() + "/identity?purpose=enrollment")
                                .statusCode(),
                        "an alert does not stop the work");
            }

            List<JsonObject> raised = alertsFor(privacy, username);
            assertEquals(
                    1, raised.size(), "one alert, not one per read past the threshold: " + raised);
            JsonObject alert = raised.get(0);
            assertEquals("IDENTITY_READS", alert.getString("kind"));
            assertEquals(threshold + 1, alert.getInt("observed"));
            assertEquals(threshold, alert.getInt("threshold"));
            assertTrue(
                    !alert.toString().contains(member.id()),
                    "an alert names the staff member, not whom they read");
            assertEquals(
                    403, curious.get("/access-alerts").statusCode(), "intake does not see alerts");

            String metrics = new Browserless().get(Target.app() + "/metrics").body();
            assertTrue(
                    metrics.contains("openiop_access_alerts") && metrics.contains("IDENTITY_READS"),
                    "counted as a metric");

            assertEquals(
                    200,
                    privacy.post("/access-alerts/" + alert.getString("id") + "/acknowledgement", "")
                            .statusCode());
            assertEquals(
                    409,
                    privacy.post("/access-alerts/" + alert.getString("id") + "/acknowledgement", "")
                            .statusCode(),
                    "once only");
            assertEquals(List.of(), alertsFor(privacy, username), "no longer open");
        } finally {
            keycloak.deleteUser(id);
        }
    }
}
