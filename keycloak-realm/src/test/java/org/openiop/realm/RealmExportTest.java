package org.openiop.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The realm export hospital IT imports: secure defaults, no secrets, nothing that identifies a
 * participant.
 */
class RealmExportTest {

    private static String text(String property) throws IOException {
        return Files.readString(Path.of(System.getProperty(property)));
    }

    private static JsonObject json(String property) throws IOException {
        return Json.createReader(new StringReader(text(property))).readObject();
    }

    @Test
    void selfRegistrationIsOffAndBruteForceDetectionOn() throws IOException {
        JsonObject realm = json("realm.file");
        assertFalse(realm.getBoolean("registrationAllowed"));
        assertTrue(realm.getBoolean("bruteForceProtected"), "Keycloak ships with it off");
        assertTrue(realm.getInt("failureFactor") <= 10);
        assertTrue(realm.getString("passwordPolicy").contains("length(12)"));
        assertTrue(
                realm.getInt("ssoSessionIdleTimeout") <= 1800,
                "HIPAA automatic logoff: idle at most 30 min");
    }

    @Test
    void theSixRolesExist() throws IOException {
        Set<String> roles =
                json("realm.file").getJsonObject("roles").getJsonArray("realm").stream()
                        .map(r -> r.asJsonObject().getString("name"))
                        .collect(Collectors.toSet());
        assertTrue(
                roles.containsAll(
                        List.of(
                                "participant",
                                "clinician",
                                "intake",
                                "program-admin",
                                "auditor",
                                "privacy-officer")));
    }

    @Test
    void clientSecretsComeFromTheEnvironment() throws IOException {
        var clients = json("realm.file").getJsonArray("clients");
        for (var c : clients) {
            JsonObject client = c.asJsonObject();
            if (!client.getBoolean("publicClient", true)) {
                assertTrue(
                        client.getString("secret").matches("\\$\\{[A-Z_]+}"),
                        client.getString("clientId") + " secret is a placeholder");
            }
        }
        assertFalse(
                text("realm.file").contains("\"credentials\""),
                "no passwords in the production realm");
    }

    @Test
    void theProvisionerHoldsNoRealmWideUserRightsAndTheWebClientGetsRolesAsGroups()
            throws IOException {
        JsonObject realm = json("realm.file");
        JsonObject serviceAccount = realm.getJsonArray("users").getJsonObject(0);
        assertEquals("openiop-provisioner", serviceAccount.getString("serviceAccountClientId"));
        List<String> adminRoles =
                serviceAccount
                        .getJsonObject("clientRoles")
                        .getJsonArray("realm-management")
                        .getValuesAs(JsonString.class)
                        .stream()
                        .map(JsonString::getString)
                        .toList();
        assertEquals(
                List.of("query-users", "query-groups"),
                adminRoles,
                "no manage-users or view-users: those reach staff too");
        assertEquals(
                "provisioner",
                serviceAccount
                        .getJsonObject("clientRoles")
                        .getJsonArray("openiop-provisioner")
                        .getString(0),
                "the role harden-realm.sh grants the participants group's members to");
        assertTrue(realm.getBoolean("adminPermissionsEnabled"), "fine-grained admin permissions");
        assertEquals(
                List.of("participant"),
                realm
                        .getJsonArray("groups")
                        .getJsonObject(0)
                        .getJsonArray("realmRoles")
                        .getValuesAs(JsonString.class)
                        .stream()
                        .map(JsonString::getString)
                        .toList());
        JsonObject web =
                realm.getJsonArray("clients").stream()
                        .map(c -> c.asJsonObject())
                        .filter(c -> c.getString("clientId").equals("openiop-web"))
                        .findFirst()
                        .orElseThrow();
        assertFalse(web.getBoolean("directAccessGrantsEnabled"), "no password grant");
        assertTrue(
                web.getJsonArray("protocolMappers").stream()
                        .map(m -> m.asJsonObject())
                        .anyMatch(
                                m ->
                                        m.getString("protocolMapper")
                                                        .equals("oidc-usermodel-realm-role-mapper")
                                                && m.getJsonObject("config")
                                                        .getString("claim.name")
                                                        .equals("groups")));
    }

    @Test
    void theWebClientRedirectsOnlyToExactAddressesAndGetsNoOfflineTokens() throws IOException {
        JsonObject web =
                json("realm.file").getJsonArray("clients").stream()
                        .map(c -> c.asJsonObject())
                        .filter(c -> c.getString("clientId").equals("openiop-web"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(
                List.of("${OPENIOP_PUBLIC_URL}/signin/callback"),
                web.getJsonArray("redirectUris").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        assertEquals(
                "${OPENIOP_PUBLIC_URL}/",
                web.getJsonObject("attributes").getString("post.logout.redirect.uris"));
        assertFalse(web.getJsonArray("optionalClientScopes").toString().contains("offline_access"));
        // Keycloak refuses an authorization request without an S256 code challenge (RFC 7636).
        assertEquals(
                "S256", web.getJsonObject("attributes").getString("pkce.code.challenge.method"));
    }

    @Test
    void theUserProfileAsksForNothingButAUsername() throws IOException {
        JsonObject realm = json("realm.file");
        String config =
                realm.getJsonObject("components")
                        .getJsonArray("org.keycloak.userprofile.UserProfileProvider")
                        .getJsonObject(0)
                        .getJsonObject("config")
                        .getJsonArray("kc.user.profile.config")
                        .getString(0);
        JsonObject profile = Json.createReader(new StringReader(config)).readObject();
        for (var a : profile.getJsonArray("attributes")) {
            JsonObject attribute = a.asJsonObject();
            if (!attribute.getString("name").equals("username")) {
                assertFalse(
                        attribute.containsKey("required"),
                        attribute.getString("name") + " must not be required");
            }
        }
    }

    @Test
    void devUsersAreStaffOfEachRoleAndThreePseudonymousParticipantsInTheParticipantsGroup()
            throws IOException {
        var users =
                json("devusers.file").getJsonArray("users").stream()
                        .map(u -> u.asJsonObject())
                        .toList();
        Set<String> staffRoles =
                users.stream()
                        .flatMap(
                                u ->
                                        u
                                                .getJsonArray("realmRoles")
                                                .getValuesAs(JsonString.class)
                                                .stream())
                        .map(JsonString::getString)
                        .collect(Collectors.toSet());
        assertTrue(
                staffRoles.containsAll(
                        List.of(
                                "clinician",
                                "intake",
                                "program-admin",
                                "auditor",
                                "privacy-officer")));
        // Participants take their role from the participants group, as accounts OpenIOP creates do.
        var participants =
                users.stream()
                        .filter(
                                u ->
                                        u.containsKey("groups")
                                                && u.getJsonArray("groups")
                                                        .toString()
                                                        .contains("\"/participants\""))
                        .toList();
        assertEquals(3, participants.size());
        for (JsonObject p : participants) {
            assertTrue(
                    p.getString("username").matches("[a-z]+-[a-z]+-\\d{4}"),
                    p.getString("username"));
            assertFalse(
                    p.containsKey("email")
                            || p.containsKey("firstName")
                            || p.containsKey("lastName"),
                    "no identity in Keycloak");
        }
    }

    @Test
    void everyStaffRoleNeedsASecondFactorAndACodeWorksOnce() throws IOException {
        JsonObject realm = json("realm.file");
        for (var r : realm.getJsonObject("roles").getJsonArray("realm")) {
            JsonObject role = r.asJsonObject();
            boolean staff =
                    List.of("clinician", "intake", "program-admin", "auditor", "privacy-officer")
                            .contains(role.getString("name"));
            boolean givesStaff =
                    role.containsKey("composites")
                            && role.getJsonObject("composites")
                                    .getJsonArray("realm")
                                    .toString()
                                    .contains("\"staff\"");
            assertEquals(
                    staff,
                    givesStaff,
                    role.getString("name")
                            + " carries the staff role exactly when it is a staff role");
        }
        assertEquals("totp", realm.getString("otpPolicyType"));
        assertFalse(
                realm.getBoolean("otpPolicyCodeReusable"),
                "a one-time code is used once (tests relax this in their own Keycloak)");

        String browser = realm.getString("browserFlow");
        var flows =
                realm.getJsonArray("authenticationFlows").stream()
                        .map(f -> f.asJsonObject())
                        .toList();
        JsonObject top =
                flows.stream()
                        .filter(f -> f.getString("alias").equals(browser))
                        .findFirst()
                        .orElseThrow();
        String forms =
                top.getJsonArray("authenticationExecutions").stream()
                        .map(e -> e.asJsonObject())
                        .filter(e -> e.containsKey("flowAlias"))
                        .findFirst()
                        .orElseThrow()
                        .getString("flowAlias");
        JsonObject formsFlow =
                flows.stream()
                        .filter(f -> f.getString("alias").equals(forms))
                        .findFirst()
                        .orElseThrow();
        var staffStep =
                formsFlow.getJsonArray("authenticationExecutions").stream()
                        .map(e -> e.asJsonObject())
                        .filter(
                                e ->
                                        e.getString("flowAlias", "")
                                                .equals("openiop staff second factor"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("CONDITIONAL", staffStep.getString("requirement"));
        JsonObject staffFlow =
                flows.stream()
                        .filter(f -> f.getString("alias").equals("openiop staff second factor"))
                        .findFirst()
                        .orElseThrow();
        var steps =
                staffFlow.getJsonArray("authenticationExecutions").stream()
                        .map(e -> e.asJsonObject())
                        .toList();
        assertEquals(
                List.of("conditional-user-role", "auth-otp-form"),
                steps.stream().map(e -> e.getString("authenticator")).toList());
        assertTrue(steps.stream().allMatch(e -> e.getString("requirement").equals("REQUIRED")));
        String condition = steps.get(0).getString("authenticatorConfig");
        JsonObject config =
                realm.getJsonArray("authenticatorConfig").stream()
                        .map(c -> c.asJsonObject())
                        .filter(c -> c.getString("alias").equals(condition))
                        .findFirst()
                        .orElseThrow()
                        .getJsonObject("config");
        assertEquals("staff", config.getString("condUserRole"));
        assertEquals("false", config.getString("negate"));
    }
}
