package org.openiop.it.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.KeycloakAdmin;
import org.openiop.it.support.People;
import org.openiop.it.support.Target;

/**
 * The account OpenIOP provisions participants with holds only what that takes. Signed in with its
 * own client credentials, as an attacker who stole them would be: it cannot reset a staff password,
 * give anyone a staff role, or read or list staff; it can still create, disable and delete a
 * participant's account. And no account is given offline_access by default.
 */
class ProvisionerIT {

    private static final String STAFF = Target.PRIVACY_OFFICER;
    private static String token;
    private static KeycloakAdmin keycloak;

    @BeforeAll
    static void signInAsTheProvisioner() {
        HttpResponse<String> answer =
                new Browserless()
                        .postForm(
                                Target.realm() + "/protocol/openid-connect/token",
                                Map.of(
                                        "grant_type",
                                        "client_credentials",
                                        "client_id",
                                        "openiop-provisioner",
                                        "client_secret",
                                        Target.required("provisioner.secret")));
        assertEquals(200, answer.statusCode(), answer.body());
        token = Api.object(answer).getString("access_token");
        keycloak = new KeycloakAdmin();
    }

    private static HttpResponse<String> call(String method, String path, String json) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(
                                URI.create(Target.keycloak() + "/admin/realms/openiop" + path))
                        .timeout(Duration.ofSeconds(20))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json");
        request.method(
                method,
                json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        return new Browserless().send(request.build());
    }

    private static String newParticipant(String groups) {
        String username = "it-prov-" + People.letters(8).toLowerCase();
        HttpResponse<String> created =
                call(
                        "POST",
                        "/users",
                        "{\"username\": \""
                                + username
                                + "\", \"enabled\": true"
                                + (groups == null ? "" : ", \"groups\": " + groups)
                                + "}");
        if (created.statusCode() != 201) {
            return "refused " + created.statusCode();
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void itCannotResetAStaffPassword() {
        String staff = keycloak.idOf(STAFF);
        HttpResponse<String> reset =
                call(
                        "PUT",
                        "/users/" + staff + "/reset-password",
                        "{\"type\": \"password\", \"value\": \"Stolen-Password-2026\","
                                + " \"temporary\": false}");
        assertEquals(403, reset.statusCode(), reset.body());
    }

    @Test
    void itCannotGiveAStaffRole() {
        String participant = newParticipant("[\"/participants\"]");
        assertFalse(participant.startsWith("refused"), participant);
        String officer = "[" + keycloak.role("privacy-officer") + "]";
        assertEquals(
                403,
                call("POST", "/users/" + participant + "/role-mappings/realm", officer)
                        .statusCode(),
                "not to a participant's account");
        assertEquals(
                403,
                call(
                                "POST",
                                "/users/" + keycloak.idOf(Target.AUDITOR) + "/role-mappings/realm",
                                officer)
                        .statusCode(),
                "not to a staff account");
        assertFalse(keycloak.realmRoles(participant).toString().contains("privacy-officer"));
        assertEquals(204, call("DELETE", "/users/" + participant, null).statusCode());
    }

    @Test
    void itCannotReadOrListStaff() {
        assertEquals(403, call("GET", "/users/" + keycloak.idOf(STAFF), null).statusCode());
        HttpResponse<String> search = call("GET", "/users?exact=true&username=" + STAFF, null);
        assertTrue(
                search.statusCode() == 403 || Api.array(search).isEmpty(),
                "a search finds no staff: " + search.body());
        HttpResponse<String> all = call("GET", "/users?max=1000", null);
        assertFalse(
                all.statusCode() == 200 && all.body().contains("\"demo-"),
                "the list holds no staff: " + all.body());
    }

    @Test
    void itStillCreatesDisablesAndDeletesParticipants() {
        assertTrue(
                newParticipant(null).startsWith("refused 403"),
                "not outside the participants group");
        String participant = newParticipant("[\"/participants\"]");
        assertFalse(participant.startsWith("refused"), participant);
        assertEquals(java.util.List.of("/participants"), keycloak.groups(participant));
        assertTrue(
                keycloak.realmRoles(participant).toString().contains("\"participant\""),
                "the group gives the role");

        HttpResponse<String> disabled =
                call("PUT", "/users/" + participant, "{\"enabled\": false}");
        assertEquals(204, disabled.statusCode(), disabled.body());
        assertFalse(
                keycloak.userByName(keycloakUsername(participant))
                        .orElseThrow()
                        .getBoolean("enabled"));
        assertEquals(
                204,
                call("POST", "/users/" + participant + "/logout", null).statusCode(),
                "ends its sessions");
        assertEquals(204, call("DELETE", "/users/" + participant, null).statusCode());
    }

    @Test
    void noAccountGetsOfflineAccessByDefault() {
        assertFalse(
                keycloak.defaultRoles().contains("offline_access"),
                keycloak.defaultRoles().toString());
    }

    private static String keycloakUsername(String id) {
        HttpResponse<String> user = call("GET", "/users/" + id, null);
        assertEquals(200, user.statusCode(), "the provisioner reads its own participants");
        JsonObject json = Api.object(user);
        return json.getString("username");
    }
}
