package org.openiop.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Direct access to the application's PostgreSQL database, for tests that must see or damage what is
 * stored (the leak scan, the audit tamper test). Given only in the PostgreSQL phases.
 */
public final class Database {

    private Database() {}

    public static boolean available() {
        return Target.optional("openiop.db.url").isPresent();
    }

    /** The first column of the first row of a query such as {@code select count(*) ...}. */
    public static long number(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new AssertionError("no row from: " + sql);
                }
                return r.getLong(1);
            }
        }
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                Target.required("openiop.db.url"),
                Target.required("openiop.db.user"),
                Target.required("openiop.db.password"));
    }
}
