package org.openiop.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.Writer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Coverage;
import org.openiop.it.support.Database;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.People;
import org.openiop.it.support.Rotation;
import org.openiop.it.support.Target;

/**
 * The rotation tier, before the rotation (RotationAfterIT checks what follows): one participant
 * with everything OpenIOP seals about a person (identity, an eligibility answer, an incident
 * report, an emergency view's explanation, opened by a clinician outside their groups), and {@link
 * Rotation#SEEDED} more identities sealed under the old master key straight into the database (as
 * many enrolments through Keycloak would take an hour). Then a backup of every table, then the
 * participant is erased. test.sh then starts OpenIOP with the next master key as well, kills it
 * halfway through the rotation and starts it again.
 */
class RotationSeedIT {

    @Test
    void aParticipantWithEverythingSealedTenThousandMoreABackupAndAnErasure() throws Exception {
        Api intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        Api clinician = Api.as(Target.CLINICIAN, Target.STAFF_PASSWORD);
        Api privacy = Api.as(Target.PRIVACY_OFFICER, Target.STAFF_PASSWORD);
        People.Person person = People.insured("Perdita", "ACT");
        Enrolled member = Enrolled.fresh(intake, person);

        Coverage.consentToPayment(member);
        HttpResponse<String> checked =
                intake.post("/eligibility/checks", "{\"participantId\": \"" + member.id() + "\"}");
        assertEquals(201, checked.statusCode(), checked.body());
        HttpResponse<String> reported =
                member.self()
                        .post(
                                "/me/incidents",
                                "{\"kind\": \"TECHNICAL\", \"notes\": \"Perdita here: my sister saw"
                                        + " my screen during group\"}");
        assertEquals(201, reported.statusCode(), reported.body());
        String incident = Api.object(reported).getString("id");

        // Not one of the clinician's groups: refused as unknown, unless they say "not my group" and
        // why.
        String emergency =
                "{\"reason\": \"MEDICAL_EMERGENCY\", \"explanation\": \"Perdita called the on-call"
                        + " line in crisis\"";
        assertEquals(
                404,
                clinician
                        .post("/participants/" + member.id() + "/break-glass", emergency + "}")
                        .statusCode());
        assertEquals(
                400,
                clinician
                        .post(
                                "/participants/" + member.id() + "/break-glass",
                                "{\"reason\": \"MEDICAL_EMERGENCY\", \"notMyGroup\": true}")
                        .statusCode(),
                "not my group needs an explanation");
        HttpResponse<String> granted =
                clinician.post(
                        "/participants/" + member.id() + "/break-glass",
                        emergency + ", \"notMyGroup\": true}");
        assertEquals(201, granted.statusCode(), granted.body());
        assertTrue(Api.object(granted).getBoolean("notMyGroup"));
        JsonObject flagged =
                Api.array(privacy.get("/break-glass")).getValuesAs(JsonObject.class).stream()
                        .filter(g -> g.getString("participantId").equals(member.id()))
                        .findFirst()
                        .orElseThrow();
        assertTrue(flagged.getBoolean("notMyGroup"), "flagged for the privacy officer: " + flagged);
        assertEquals("Perdita called the on-call line in crisis", flagged.getString("explanation"));
        assertTrue(
                Api.object(privacy.get("/incidents/" + incident))
                        .getString("notes")
                        .contains("my sister saw my screen"));

        try (Connection db = Database.connect()) {
            assertStoredSealed(db, member.id());
            Rotation.seed(db, Rotation.oldKey(), Rotation.SEEDED);
            backUp(db);
        }
        HttpResponse<String> erased =
                privacy.post(
                        "/participants/" + member.id() + "/erasure",
                        "{\"reason\": \"PARTICIPANT_REQUEST\"}");
        assertEquals(200, erased.statusCode(), erased.body());

        Properties state = new Properties();
        state.setProperty("erased", member.id());
        state.setProperty("incident", incident);
        state.setProperty("oldKeyId", Rotation.oldKey().id());
        state.setProperty("nextKeyId", Rotation.nextKey().id());
        try (Writer out = Files.newBufferedWriter(Rotation.stateFile())) {
            state.store(out, "RotationSeedIT");
        }
    }

    /**
     * What the database holds about them is ciphertext under their own data key, not the clear
     * text.
     */
    private static void assertStoredSealed(Connection db, String participant) throws SQLException {
        for (String sql :
                List.of(
                        "select sealed_answer from eligibility_check where participant_id = '"
                                + participant
                                + "'",
                        "select reason_text from break_glass_grant where participant_id = '"
                                + participant
                                + "'")) {
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery(sql)) {
                assertTrue(r.next(), sql);
                assertTrue(r.getString(1).startsWith("p1:"), sql + " holds " + r.getString(1));
            }
        }
    }

    /**
     * Every table, as it stands, into the schema backup_before_erasure: what a nightly backup
     * holds.
     */
    private static void backUp(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "select tablename from pg_tables where schemaname = 'public'")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        try (Statement s = db.createStatement()) {
            s.execute("create schema backup_before_erasure");
            for (String table : tables) {
                s.execute(
                        "create table backup_before_erasure."
                                + table
                                + " as table public."
                                + table);
            }
        }
        assertTrue(
                tables.containsAll(
                        List.of(
                                "vault_entry",
                                "vault_purpose_key",
                                "eligibility_check",
                                "incident",
                                "break_glass_grant")),
                tables.toString());
    }
}
