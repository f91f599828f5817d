package org.openiop.it.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.KeycloakAdmin;
import org.openiop.it.support.People;
import org.openiop.it.support.Target;
import org.openiop.it.support.Tokens;

/**
 * Enrollment through the REST API against a real Keycloak: the account Keycloak ends up with, the
 * participant's first sign-in, pseudonym rules, duplicates and bad input.
 */
class EnrollmentIT {

    private static Api intake;
    private static KeycloakAdmin keycloak;

    @BeforeAll
    static void signIn() {
        intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        keycloak = new KeycloakAdmin();
    }

    static JsonObject enroll(People.Person person) {
        HttpResponse<String> created = intake.post("/participants", person.json(false));
        assertEquals(201, created.statusCode(), created.body());
        return Api.object(created);
    }

    @Test
    void keycloakGetsAGeneratedUsernameTheParticipantRoleAndNothingFromTheVault() {
        People.Person person = People.distinctive("Thessaly");
        JsonObject enrollment = enroll(person);
        String username = enrollment.getString("username");
        assertTrue(username.matches("[a-z]+-[a-z]+-[0-9]{4}"), username);
        assertTrue(enrollment.getString("temporaryPassword").length() >= 12);

        JsonObject user =
                keycloak.userByName(username)
                        .orElseThrow(() -> new AssertionError("no Keycloak user " + username));
        assertFalse(user.containsKey("email"), "no e-mail: " + user);
        assertFalse(user.containsKey("firstName"), "no first name: " + user);
        assertFalse(user.containsKey("lastName"), "no last name: " + user);
        assertTrue(
                !user.containsKey("attributes") || user.getJsonObject("attributes").isEmpty(),
                "no attributes: " + user);
        assertTrue(user.getJsonArray("requiredActions").toString().contains("UPDATE_PASSWORD"));
        assertTrue(
                keycloak.realmRoles(user.getString("id")).toString().contains("\"participant\""));
        String everything = keycloak.userJson(user.getString("id")).toLowerCase();
        for (String canary : person.canaries()) {
            assertFalse(everything.contains(canary.toLowerCase()), "Keycloak holds " + canary);
        }
    }

    @Test
    void theParticipantReplacesTheTemporaryPasswordAndChoosesAPseudonymThatPassesTheRules() {
        People.Person person =
                new People.Person(
                        "Zoë",
                        null,
                        "Brightwater" + People.letters(5),
                        "1991-06-0" + (1 + (int) (Math.random() * 8)),
                        "QXZ" + People.letters(6));
        JsonObject enrollment = enroll(person);
        String username = enrollment.getString("username");
        Api self =
                new Api(
                        Tokens.accessToken(
                                username,
                                enrollment.getString("temporaryPassword"),
                                "New-Secret-" + People.letters(8) + "7A"));

        JsonObject profile = Api.object(self.get("/me/profile"));
        assertEquals("INVITED", profile.getString("status"));
        assertEquals(username, profile.getString("username"));

        assertRefused(self, "Brightwater Fan", "CONTAINS_LEGAL_NAME");
        assertRefused(self, "Zoe Skies", "CONTAINS_LEGAL_NAME"); // accents do not hide the name
        assertRefused(self, "ZOË", "CONTAINS_LEGAL_NAME");
        assertRefused(self, "Group Host", "RESERVED");
        assertRefused(self, "x", "FORM");

        var suggestions = Api.array(self.get("/me/profile/pseudonym-suggestions"));
        assertFalse(suggestions.isEmpty());
        String chosen = suggestions.getString(0);
        HttpResponse<String> accepted =
                self.put("/me/profile/pseudonym", "{\"pseudonym\": \"" + chosen + "\"}");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("ACTIVE", Api.object(accepted).getString("status"));
        assertEquals(chosen, Api.object(self.get("/me/profile")).getString("pseudonym"));
    }

    private static void assertRefused(Api self, String pseudonym, String rule) {
        HttpResponse<String> refused =
                self.put("/me/profile/pseudonym", "{\"pseudonym\": \"" + pseudonym + "\"}");
        assertEquals(422, refused.statusCode(), pseudonym + ": " + refused.body());
        JsonObject body = Api.object(refused);
        assertEquals(rule, body.getString("rule"), pseudonym);
        assertFalse(
                body.getString("detail").toLowerCase().contains("brightwater"),
                "the refusal repeats the vault: " + body);
    }

    @Test
    void aSecondEnrollmentWithTheSameNameAndBirthDateIsWarnedAboutBeforeAnythingIsCreated() {
        People.Person person = People.distinctive("Ignatius");
        String first = enroll(person).getString("username");
        long before =
                Api.object(intake.get("/participants?max=1")).getJsonNumber("total").longValue();

        HttpResponse<String> warned = intake.post("/participants", person.json(false));
        assertEquals(409, warned.statusCode(), warned.body());
        JsonObject body = Api.object(warned);
        assertEquals("likely-duplicate", body.getString("code"));
        assertEquals(first, body.getJsonArray("duplicates").getJsonObject(0).getString("username"));
        assertEquals(
                before,
                Api.object(intake.get("/participants?max=1")).getJsonNumber("total").longValue(),
                "nothing created");

        HttpResponse<String> anyway = intake.post("/participants", person.json(true));
        assertEquals(201, anyway.statusCode(), anyway.body());
        assertNotEquals(first, Api.object(anyway).getString("username"));
    }

    @Test
    void incompleteInputIsRefusedFieldByFieldAndNothingIsCreated() {
        long before =
                Api.object(intake.get("/participants?max=1")).getJsonNumber("total").longValue();
        HttpResponse<String> refused =
                intake.post(
                        "/participants",
                        "{\"legalFirstName\": \"Ada\", \"dateOfBirth\": \"next tuesday\","
                                + " \"stateOfResidence\": \"ZZ\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(Api.object(refused).getJsonObject("fields").containsKey("dateOfBirth"));

        HttpResponse<String> missing =
                intake.post(
                        "/participants",
                        "{\"legalFirstName\": \"Ada\", \"stateOfResidence\": \"ZZ\"}");
        JsonObject fields = Api.object(missing).getJsonObject("fields");
        assertTrue(
                fields.keySet()
                        .containsAll(
                                java.util.Set.of(
                                        "legalLastName",
                                        "dateOfBirth",
                                        "stateOfResidence",
                                        "phone")),
                fields.toString());
        assertEquals(
                before,
                Api.object(intake.get("/participants?max=1")).getJsonNumber("total").longValue());
    }

    @Test
    void onlyIntakeEnrolls() {
        Api clinician = Api.as(Target.CLINICIAN, Target.STAFF_PASSWORD);
        assertEquals(
                403,
                clinician
                        .post("/participants", People.distinctive("Perpetua").json(false))
                        .statusCode());
        Api participant = Api.as(Target.PARTICIPANT, Target.PARTICIPANT_PASSWORD);
        assertEquals(403, participant.get("/participants").statusCode());
    }
}
