package org.openiop.platform.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * On PostgreSQL with two roles, an owner that migrates the schema and the role the application runs
 * as: gives the application's role what it needs and no more. It may read and write its own tables,
 * but only add to and read the audit trail (HIPAA 45 CFR 164.312(b), (c)(1)): no UPDATE, DELETE or
 * TRUNCATE on an audit row, and no writing to Flyway's history. Run after every migration, so that
 * new tables are covered.
 */
final class DatabaseGrants {

    private static final Logger LOG = Logger.getLogger(DatabaseGrants.class.getName());

    /**
     * Insert-only for the application (the sealer's head, audit_head, is its own state, not an
     * audit row).
     */
    static final List<String> AUDIT_TABLES = List.of("audit_event", "audit_link", "audit_void");

    private DatabaseGrants() {}

    /**
     * @return the application's role, or null when there was nothing to grant (one role, or not
     *     PostgreSQL)
     */
    static String grant(DataSource owner, DataSource application) throws SQLException {
        String applicationRole;
        try (Connection app = application.getConnection()) {
            if (!"PostgreSQL".equals(app.getMetaData().getDatabaseProductName())) {
                return null;
            }
            applicationRole = currentUser(app);
        }
        try (Connection schema = owner.getConnection();
                Statement sql = schema.createStatement()) {
            String ownerRole = currentUser(schema);
            if (ownerRole.equals(applicationRole)) {
                LOG.warning(
                        () ->
                                "The application's database role "
                                        + applicationRole
                                        + " also owns the schema, so it could change audit rows;"
                                        + " give it a role of its own"
                                        + " (docs/operations.md#postgresql-roles).");
                return null;
            }
            // An application role that still owns the audit tables (a database set up before two
            // roles) could grant
            // itself back any right revoked here: say so rather than pretend.
            try (java.sql.PreparedStatement tableOwner =
                    schema.prepareStatement(
                            "select tableowner from pg_tables where schemaname = current_schema()"
                                    + " and tablename = 'audit_event'")) {
                try (ResultSet row = tableOwner.executeQuery()) {
                    if (row.next() && row.getString(1).equals(applicationRole)) {
                        LOG.warning(
                                () ->
                                        "The audit tables belong to "
                                                + applicationRole
                                                + ", the application's own role, which can "
                                                + "therefore change them: give them to "
                                                + ownerRole
                                                + " (alter table ... owner to)"
                                                + " (docs/operations.md#postgresql-roles).");
                    }
                }
            }
            String role = quoted(applicationRole);
            String schemaName = quoted(value(sql, "select current_schema()"));
            sql.execute("grant usage on schema " + schemaName + " to " + role);
            sql.execute(
                    "grant select, insert, update, delete on all tables in schema "
                            + schemaName
                            + " to "
                            + role);
            sql.execute(
                    "grant usage, select on all sequences in schema " + schemaName + " to " + role);
            sql.execute(
                    "revoke update, delete, truncate on "
                            + String.join(", ", AUDIT_TABLES)
                            + " from "
                            + role);
            sql.execute(
                    "revoke insert, update, delete, truncate on flyway_schema_history from "
                            + role);
            LOG.info(
                    () ->
                            "Database role "
                                    + applicationRole
                                    + " may add to and read the audit trail, not change it; "
                                    + "the schema belongs to "
                                    + ownerRole);
            return applicationRole;
        }
    }

    private static String currentUser(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            return value(sql, "select current_user");
        }
    }

    private static String value(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
