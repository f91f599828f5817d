package org.openiop.it.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Database;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.Target;

/**
 * The accounting of disclosures covers exactly the last three years (42 CFR 2.25). Rather than wait
 * years, the test dates recorded disclosures back in the database. Runs in the PostgreSQL phase.
 */
class DisclosureAccountingIT {

    @Test
    void theAccountingListsExactlyTheDisclosuresOfTheLastThreeYearsWithTheirNotices()
            throws Exception {
        assertTrue(Database.available(), "this test needs -Dopeniop.db.url (the PostgreSQL phase)");
        Api privacy = Api.as(Target.PRIVACY_OFFICER, Target.STAFF_PASSWORD);
        Enrolled member = Enrolled.fresh(Api.as(Target.INTAKE, Target.STAFF_PASSWORD));
        assertEquals(
                201,
                member.self()
                        .post(
                                "/me/consents",
                                "{\"signature\": \""
                                        + member.pseudonym()
                                        + "\", \"consents\": [{\"type\": \"TPO\","
                                        + " \"recipientClass\": \"OTHER_PROVIDERS\", \"purpose\":"
                                        + " \"TREATMENT\", \"information\": \"Attendance summary\","
                                        + " \"expiresOnDischarge\": true}]}")
                        .statusCode());
        List<String> ages = List.of("3 years 1 day", "3 years - 1 day", "40 days", "0 days");
        for (String age : ages) {
            HttpResponse<String> recorded =
                    privacy.post(
                            "/participants/" + member.id() + "/disclosures",
                            "{\"recipient\": \"Lakeside Family Clinic\", \"recipientClass\":"
                                    + " \"OTHER_PROVIDERS\", \"purpose\": \"TREATMENT\","
                                    + " \"description\": \"Attendance summary ("
                                    + age
                                    + " ago)\"}");
            assertEquals(201, recorded.statusCode(), recorded.body());
            try (Connection db = Database.connect();
                    PreparedStatement back =
                            db.prepareStatement(
                                    "update disclosure set disclosed_at = now() - cast(? as"
                                            + " interval) where id = ?::uuid")) {
                back.setString(1, age.replace(" - ", " -"));
                back.setString(2, Api.object(recorded).getString("id"));
                assertEquals(1, back.executeUpdate());
            }
        }
        JsonArray accounting = Api.array(member.self().get("/me/disclosures"));
        assertEquals(
                List.of(
                        "Attendance summary (0 days ago)",
                        "Attendance summary (40 days ago)",
                        "Attendance summary (3 years - 1 day ago)"),
                accounting.getValuesAs(JsonObject.class).stream()
                        .map(d -> d.getString("description"))
                        .toList());
        assertTrue(
                accounting.getValuesAs(JsonObject.class).stream()
                        .allMatch(
                                d ->
                                        d.getString("notice").contains("42 CFR part 2")
                                                && d.containsKey("consentId")));
        assertEquals(
                accounting,
                Api.array(privacy.get("/participants/" + member.id() + "/disclosures")));
    }
}
