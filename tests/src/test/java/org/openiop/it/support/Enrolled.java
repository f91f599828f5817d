package org.openiop.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/**
 * A participant enrolled through the API who has signed in, set a password and chosen a pseudonym.
 */
public record Enrolled(String id, String username, String password, String pseudonym, Api self) {

    public static Enrolled fresh(Api intake) {
        return fresh(intake, People.distinctive("Isolde"));
    }

    public static Enrolled fresh(Api intake, People.Person person) {
        HttpResponse<String> created = intake.post("/participants", person.json(true));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject enrollment = Api.object(created);
        String username = enrollment.getString("username");
        String password = "New-Secret-" + People.letters(8) + "7A";
        Api self =
                new Api(
                        Tokens.accessToken(
                                username, enrollment.getString("temporaryPassword"), password));
        String pseudonym = Api.array(self.get("/me/profile/pseudonym-suggestions")).getString(0);
        HttpResponse<String> chosen =
                self.put("/me/profile/pseudonym", "{\"pseudonym\": \"" + pseudonym + "\"}");
        assertEquals(200, chosen.statusCode(), chosen.body());
        return new Enrolled(
                enrollment.getString("participantId"), username, password, pseudonym, self);
    }
}
