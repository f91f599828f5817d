package org.openiop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Someone with database access edits or deletes an audit row; verification names the event. Each
 * test puts the row back afterwards so that the chain is whole again for the tests that follow.
 * Runs in the PostgreSQL phase, which gives the tests the database.
 */
class AuditTamperIT {

    private static Api auditor;

    @BeforeAll
    static void prepare() {
        assertTrue(Database.available(), "this test needs -Dopeniop.db.url (the PostgreSQL phase)");
        auditor = Api.as(Target.AUDITOR, Target.STAFF_PASSWORD);
        Api intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertEquals(201, intake.post("/participants", People.distinctive("Cordelia").json(false)).statusCode());
        }
    }

    private static JsonObject verify() {
        return Api.object(auditor.get("/audit/verification"));
    }

    @Test
    void anEditedRowIsNamedAndRestoringItMendsTheChain() throws SQLException {
        assertTrue(verify().getBoolean("intact"));
        long index = middleIndex();
        String actor;
        try (Connection db = Database.connect()) {
            actor = string(db, "select actor from audit_event where chain_index = " + index);
            update(db, "update audit_event set actor = 'someone-else' where chain_index = " + index);
        }
        JsonObject broken = verify();
        assertFalse(broken.getBoolean("intact"), broken.toString());
        assertEquals(index, broken.getJsonNumber("brokenAt").longValue());
        assertTrue(broken.getString("problem").contains("changed"), broken.toString());

        try (Connection db = Database.connect();
                PreparedStatement restore = db.prepareStatement("update audit_event set actor = ? where chain_index = ?")) {
            restore.setString(1, actor);
            restore.setLong(2, index);
            restore.executeUpdate();
        }
        assertTrue(verify().getBoolean("intact"));
    }

    @Test
    void aDeletedRowIsNamedAsTheGap() throws SQLException {
        long index = middleIndex();
        try (Connection db = Database.connect()) {
            db.setAutoCommit(false);
            update(db, "create temporary table kept as select * from audit_event where chain_index = " + index);
            update(db, "delete from audit_event where chain_index = " + index);
            db.commit();
            JsonObject broken = verify();
            assertFalse(broken.getBoolean("intact"));
            assertEquals(index, broken.getJsonNumber("brokenAt").longValue());
            assertEquals("event " + index + " is missing (deleted)", broken.getString("problem"));
            update(db, "insert into audit_event select * from kept");
            db.commit();
        }
        assertTrue(verify().getBoolean("intact"));
    }

    private static long middleIndex() throws SQLException {
        verify(); // seals everything waiting
        try (Connection db = Database.connect()) {
            return Long.parseLong(string(db, "select max(chain_index) / 2 from audit_event"));
        }
    }

    private static String string(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next());
            return r.getString(1);
        }
    }

    private static void update(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
