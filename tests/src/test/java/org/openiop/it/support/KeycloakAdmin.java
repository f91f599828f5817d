package org.openiop.it.support;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Reads users back from Keycloak's admin API as the master realm's admin: what Keycloak really
 * holds.
 */
public final class KeycloakAdmin {

    private final Browserless http = new Browserless();
    private String token;

    public KeycloakAdmin() {
        token = signIn();
    }

    /** The master realm's admin token lives a minute: a test that waits longer signs in again. */
    private String signIn() {
        HttpResponse<String> answer =
                http.postForm(
                        Target.keycloak() + "/realms/master/protocol/openid-connect/token",
                        Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                "admin-cli",
                                "username",
                                "admin",
                                "password",
                                Target.required("keycloak.admin.password")));
        if (answer.statusCode() != 200) {
            throw new AssertionError("Keycloak admin sign-in failed: " + answer.statusCode());
        }
        return Api.object(answer).getString("access_token");
    }

    /** Sends the request; once more with a fresh token if Keycloak says the old one has expired. */
    private HttpResponse<String> sendSignedIn(
            java.util.function.Function<String, HttpRequest> request) {
        HttpResponse<String> answer = http.send(request.apply(token));
        if (answer.statusCode() == 401) {
            token = signIn();
            answer = http.send(request.apply(token));
        }
        return answer;
    }

    /** The user's full representation, or empty when Keycloak has no such user. */
    public Optional<JsonObject> userByName(String username) {
        JsonArray users =
                Api.array(
                        get(
                                "/users?exact=true&briefRepresentation=false&username="
                                        + Browserless.enc(username)));
        return users.isEmpty() ? Optional.empty() : Optional.of(users.getJsonObject(0));
    }

    /** The raw JSON of the user and their realm roles, for scanning. */
    public String userJson(String id) {
        return get("/users/" + id).body() + get("/users/" + id + "/role-mappings/realm").body();
    }

    /**
     * Every realm role the user holds, directly or through a group (participants hold theirs
     * through one).
     */
    public JsonArray realmRoles(String id) {
        return Api.array(get("/users/" + id + "/role-mappings/realm/composite"));
    }

    /** Paths of the groups the user is in. */
    public java.util.List<String> groups(String id) {
        return Api.array(get("/users/" + id + "/groups")).getValuesAs(JsonObject.class).stream()
                .map(g -> g.getString("path"))
                .toList();
    }

    /** Keycloak's id for the user, who must exist. */
    public String idOf(String username) {
        return userByName(username)
                .orElseThrow(() -> new AssertionError("no user " + username))
                .getString("id");
    }

    /** The names of the roles every new account gets. */
    public java.util.List<String> defaultRoles() {
        return Api.array(get("/roles/default-roles-openiop/composites/realm"))
                .getValuesAs(JsonObject.class)
                .stream()
                .map(r -> r.getString("name"))
                .toList();
    }

    /** The realm role's representation, as a role mapping request carries it. */
    public JsonObject role(String name) {
        return Api.object(get("/roles/" + name));
    }

    public JsonArray allParticipantsRaw() {
        return Api.array(get("/users?briefRepresentation=false&max=1000"));
    }

    /**
     * Creates an enabled user with a permanent password and one realm role; returns Keycloak's id.
     */
    public String createUser(String username, String password, String realmRole) {
        HttpResponse<String> created =
                write(
                        "POST",
                        "/users",
                        jakarta.json.Json.createObjectBuilder()
                                .add("username", username)
                                .add("enabled", true)
                                .add(
                                        "credentials",
                                        jakarta.json.Json.createArrayBuilder()
                                                .add(
                                                        jakarta.json.Json.createObjectBuilder()
                                                                .add("type", "password")
                                                                .add("value", password)
                                                                .add("temporary", false)))
                                .build()
                                .toString());
        if (created.statusCode() != 201) {
            throw new AssertionError(
                    "Keycloak did not create "
                            + username
                            + ": "
                            + created.statusCode()
                            + " "
                            + created.body());
        }
        String id = idOf(username);
        expect(
                204,
                write("POST", "/users/" + id + "/role-mappings/realm", "[" + role(realmRole) + "]"),
                "role for " + username);
        return id;
    }

    public void setEnabled(String id, boolean enabled) {
        expect(
                204,
                write("PUT", "/users/" + id, "{\"enabled\": " + enabled + "}"),
                "enable/disable");
    }

    public void deleteUser(String id) {
        expect(204, write("DELETE", "/users/" + id, null), "delete user");
    }

    /** When the user's current password was set (Keycloak's credential createdDate). */
    public java.time.Instant passwordSetAt(String id) {
        return Api.array(get("/users/" + id + "/credentials"))
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getString("type").equals("password"))
                .findFirst()
                .map(
                        c ->
                                java.time.Instant.ofEpochMilli(
                                        c.getJsonNumber("createdDate").longValue()))
                .orElseThrow(() -> new AssertionError("no password for " + id));
    }

    /** Sets one attribute of the console's client (openiop-web), e.g. its access token lifespan. */
    public void setWebClientAttribute(String name, String value) {
        JsonObject client = Api.array(get("/clients?clientId=openiop-web")).getJsonObject(0);
        JsonObject changed =
                jakarta.json.Json.createObjectBuilder(client)
                        .add(
                                "attributes",
                                jakarta.json.Json.createObjectBuilder(
                                                client.getJsonObject("attributes"))
                                        .add(name, value))
                        .build();
        expect(
                204,
                write("PUT", "/clients/" + client.getString("id"), changed.toString()),
                "client attribute " + name);
    }

    private static void expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            throw new AssertionError(
                    "Keycloak admin "
                            + what
                            + ": "
                            + response.statusCode()
                            + " "
                            + response.body());
        }
    }

    private HttpResponse<String> write(String method, String path, String json) {
        return sendSignedIn(
                bearer ->
                        HttpRequest.newBuilder(
                                        URI.create(
                                                Target.keycloak() + "/admin/realms/openiop" + path))
                                .timeout(Duration.ofSeconds(20))
                                .header("Authorization", "Bearer " + bearer)
                                .header("Content-Type", "application/json")
                                .method(
                                        method,
                                        json == null
                                                ? HttpRequest.BodyPublishers.noBody()
                                                : HttpRequest.BodyPublishers.ofString(json))
                                .build());
    }

    private HttpResponse<String> get(String path) {
        return sendSignedIn(
                bearer ->
                        HttpRequest.newBuilder(
                                        URI.create(
                                                Target.keycloak() + "/admin/realms/openiop" + path))
                                .timeout(Duration.ofSeconds(20))
                                .header("Authorization", "Bearer " + bearer)
                                .GET()
                                .build());
    }
}
