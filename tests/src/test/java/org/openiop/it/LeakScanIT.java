package org.openiop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The anonymity leak scan (DESIGN.md, invariants 2, 5 and 8): seed participants with distinctive
 * names, dates of birth and member ids, use them, then look for those values everywhere they must
 * not be: every table but the vault, the vault's stored bytes, the application log, Keycloak's user
 * representations and what the participant is sent.
 */
class LeakScanIT {

    private static final List<People.Person> SEEDED = new ArrayList<>();
    private static final List<String> CANARIES = new ArrayList<>();
    private static Api participant;
    private static Programs program;
    private static String checkedParticipant;

    @BeforeAll
    static void seedAndUse() {
        assertTrue(Database.available(), "the leak scan needs -Dopeniop.db.url (the PostgreSQL phase)");
        Api intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        Api clinician = Api.as(Target.CLINICIAN, Target.STAFF_PASSWORD);
        for (String first : List.of("Wilhelmina", "Barnaby", "Seraphina")) {
            // Member ids starting ACT make the payer simulator answer "active" with benefits.
            People.Person person = People.insured(first, "ACT");
            SEEDED.add(person);
            CANARIES.addAll(person.canaries());
            JsonObject enrollment = Api.object(intake.post("/participants", person.json(false)));
            String id = enrollment.getString("participantId");
            assertEquals(200, intake.get("/participants/" + id + "/identity?purpose=payment").statusCode());
            assertEquals(201, clinician.post("/participants/" + id + "/break-glass", "{\"reason\": \"DUTY_TO_WARN\"}").statusCode());
            assertEquals(200, clinician.get("/participants/" + id + "/identity?purpose=emergency").statusCode());
            if (participant == null) {
                participant = new Api(Tokens.accessToken(enrollment.getString("username"),
                        enrollment.getString("temporaryPassword"), "Leak-Scan-" + People.letters(6) + "4Z"));
                participant.put("/me/profile/pseudonym", "{\"pseudonym\": \"" + first + " Fan\"}"); // refused: part of the name
                String pseudonym = "Calm Lantern " + (int) (Math.random() * 90 + 10);
                participant.put("/me/profile/pseudonym", "{\"pseudonym\": \"" + pseudonym + "\"}");
                useGroupsAndConsents(id, pseudonym);
            }
        }
        // One more read of the audit trail, so that everything is sealed into the chain before the scan.
        Api.as(Target.AUDITOR, Target.STAFF_PASSWORD).get("/audit/verification");
    }

    /** Membership, an agreement, a TPO consent and a disclosure, so their tables and responses are scanned too. */
    private static void useGroupsAndConsents(String id, String pseudonym) {
        Api admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        program = Programs.fresh(admin);
        assertEquals(201, admin.post("/groups/" + program.groupId() + "/members", "{\"participantId\": \"" + id
                + "\", \"startsOn\": \"" + java.time.LocalDate.now().minusDays(1) + "\"}").statusCode());
        String sha = Api.object(admin.post("/programs/" + program.programId() + "/agreements", "{\"text\": \"Stay kind.\"}"))
                .getString("sha256");
        assertEquals(201, participant.post("/me/agreements", "{\"programId\": \"" + program.programId() + "\", \"sha256\": \""
                + sha + "\", \"agree\": true, \"signature\": \"" + pseudonym + "\"}").statusCode());
        assertEquals(201, participant.post("/me/consents", "{\"signature\": \"" + pseudonym + "\", \"consents\": [{\"type\": "
                + "\"TPO\", \"recipientClass\": \"HEALTH_PLAN\", \"purpose\": \"PAYMENT\", \"information\": \"Hours of care\", "
                + "\"expiresOnDischarge\": true}]}").statusCode());
        assertEquals(201, Api.as(Target.PRIVACY_OFFICER, Target.STAFF_PASSWORD).post("/participants/" + id + "/disclosures",
                "{\"recipient\": \"Example Health Plan\", \"recipientClass\": \"HEALTH_PLAN\", \"purpose\": \"PAYMENT\", "
                        + "\"description\": \"Eligibility inquiry\"}").statusCode());
        // A coverage check: the vault's identity goes to the payer (simulator); what comes back is kept and shown.
        HttpResponse<String> checked = Api.as(Target.INTAKE, Target.STAFF_PASSWORD).post("/eligibility/checks",
                "{\"participantId\": \"" + id + "\"}");
        assertEquals(201, checked.statusCode(), checked.body());
        checkedParticipant = id;
    }

    @Test
    void noTableOutsideTheVaultHoldsAnyIdentityField() throws SQLException {
        try (Connection db = Database.connect()) {
            for (String table : tables(db)) {
                if (!table.equals("vault_entry")) {
                    assertClean("table " + table, dump(db, "select * from " + table));
                }
            }
        }
    }

    @Test
    void theVaultStoresOnlyCiphertext() throws SQLException {
        try (Connection db = Database.connect(); Statement s = db.createStatement();
                ResultSet rows = s.executeQuery("select sealed, wrapped_key, duplicate_tag from vault_entry")) {
            StringBuilder stored = new StringBuilder();
            while (rows.next()) {
                for (int c = 1; c <= 3; c++) {
                    String value = rows.getString(c);
                    if (value != null) {
                        stored.append(value).append('\n');
                        if (c < 3) {
                            stored.append(new String(Base64.getDecoder().decode(value), StandardCharsets.ISO_8859_1)).append('\n');
                        }
                    }
                }
            }
            assertTrue(stored.length() > 0);
            assertClean("vault_entry", stored.toString());
        }
    }

    @Test
    void theApplicationLogHoldsNoIdentityField() throws IOException {
        Path log = Path.of(Target.required("openiop.app.log"));
        assertClean("the application log " + log, Files.readString(log, StandardCharsets.ISO_8859_1));
    }

    @Test
    void keycloakHoldsNoIdentityField() {
        assertClean("Keycloak's users", new KeycloakAdmin().allParticipantsRaw().toString());
    }

    @Test
    void whatTheParticipantIsSentHoldsNoIdentityField() {
        String everything = participant.get("/me/profile").body() + participant.get("/me").body()
                + participant.get("/me/profile/pseudonym-suggestions").body() + participant.get("/me/consents").body()
                + participant.get("/me/disclosures").body() + participant.get("/me/agreements").body();
        assertTrue(everything.contains("Example Health Plan") && everything.contains("TPO"), "the consent and disclosure were sent");
        assertClean("the participant's responses", everything);
    }

    @Test
    void whatStaffSeeOfGroupsAndHoursHoldsNoIdentityField() {
        Api clinician = Api.as(Target.CLINICIAN, Target.STAFF_PASSWORD);
        String everything = clinician.get("/groups/" + program.groupId() + "/members").body()
                + clinician.get("/programs/" + program.programId() + "/hours").body()
                + clinician.get("/programs/" + program.programId() + "/hours.csv", "text/csv").body()
                + clinician.get("/programs/" + program.programId() + "/agreements/unsigned").body();
        assertTrue(everything.contains("Calm Lantern"), "the member is listed by pseudonym");
        assertClean("staff views of groups and hours", everything);
    }

    @Test
    void whatStaffSeeOfCoverageChecksHoldsNoIdentityField() {
        String checks = Api.as(Target.INTAKE, Target.STAFF_PASSWORD).get("/eligibility/checks?participant=" + checkedParticipant).body();
        assertTrue(checks.contains("\"outcome\":\"ACTIVE\""), checks);
        assertClean("coverage checks", checks);
    }

    static void assertClean(String where, String text) {
        String folded = text.toLowerCase(Locale.ROOT);
        for (String canary : CANARIES) {
            assertTrue(!folded.contains(canary.toLowerCase(Locale.ROOT)), where + " contains a seeded identity value");
        }
    }

    private static List<String> tables(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = db.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        assertTrue(tables.containsAll(List.of("participant", "audit_event", "break_glass_grant", "vault_entry")), tables.toString());
        return tables;
    }

    private static String dump(Connection db, String sql) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int c = 1; c <= columns; c++) {
                    text.append(rows.getString(c)).append('|');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }
}
