package org.openiop.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
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

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                Target.required("openiop.db.url"),
                Target.required("openiop.db.user"),
                Target.required("openiop.db.password"));
    }
}
