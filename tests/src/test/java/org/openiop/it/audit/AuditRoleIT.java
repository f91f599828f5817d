package org.openiop.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Database;
import org.openiop.it.support.Target;

/**
 * The database role OpenIOP runs as (given by the PostgreSQL phases as -Dopeniop.db.app.user) can
 * add to and read the audit trail but not change, delete or empty it, nor grant itself the right:
 * PostgreSQL refuses with insufficient_privilege (42501). Its own tables it can still write.
 */
class AuditRoleIT {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @BeforeAll
    static void anAuditedEventExists() {
        assertTrue(Database.available(), "this test needs the PostgreSQL phase");
        assertEquals(
                200,
                Api.as(Target.AUDITOR, Target.STAFF_PASSWORD)
                        .get("/audit/verification")
                        .statusCode());
    }

    private static Connection asTheApplication() throws SQLException {
        return DriverManager.getConnection(
                Target.required("openiop.db.url"),
                Target.required("openiop.db.app.user"),
                Target.required("openiop.db.app.password"));
    }

    @Test
    void theApplicationRoleCannotUpdateDeleteOrTruncateAuditRows() throws SQLException {
        try (Connection app = asTheApplication()) {
            // Granting itself the right gives nothing (PostgreSQL warns, and grants only what the
            // role may pass on: nothing).
            execute(app, "grant update, delete on audit_event to current_user");
            for (String sql :
                    new String[] {
                        "update audit_event set actor = 'someone-else' where seq = (select min(seq)"
                                + " from audit_event)",
                        "delete from audit_event where seq = (select max(seq) from audit_event)",
                        "truncate audit_event",
                        "update audit_link set link = 'x' where chain_index = 1",
                        "delete from audit_link where chain_index = (select max(chain_index) from"
                                + " audit_link)",
                        "update audit_void set mark = 'x'",
                        "delete from audit_void",
                        "delete from flyway_schema_history"
                    }) {
                SQLException refused =
                        assertThrows(SQLException.class, () -> execute(app, sql), sql);
                assertEquals(
                        INSUFFICIENT_PRIVILEGE,
                        refused.getSQLState(),
                        sql + ": " + refused.getMessage());
            }
        }
    }

    @Test
    void theApplicationRoleCanStillReadAndAddToTheTrailAndWriteItsOwnTables() throws SQLException {
        try (Connection app = asTheApplication()) {
            app.setAutoCommit(false);
            try (Statement s = app.createStatement();
                    ResultSet count = s.executeQuery("select count(*) from audit_event")) {
                assertTrue(count.next() && count.getLong(1) > 0);
            }
            execute(
                    app,
                    "insert into audit_event (occurred_at, actor, action, outcome) values"
                            + " (current_timestamp, 'it', 'it.try', 'success')");
            execute(app, "update participant set version = version where false");
            app.rollback(); // an unmarked event would be reported by verification, as it should be
        }
    }

    @Test
    void theTablesBelongToTheSchemaOwnerNotTheApplication() throws SQLException {
        try (Connection app = asTheApplication();
                Statement s = app.createStatement();
                ResultSet owner =
                        s.executeQuery(
                                "select tableowner from pg_tables where tablename ="
                                        + " 'audit_event'")) {
            assertTrue(owner.next());
            assertTrue(
                    !owner.getString(1).equals(Target.required("openiop.db.app.user")),
                    "audit_event is owned by " + owner.getString(1));
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }
}
