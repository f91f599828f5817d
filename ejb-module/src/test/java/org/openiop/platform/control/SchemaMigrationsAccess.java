package org.openiop.platform.control;

import java.time.Instant;
import javax.sql.DataSource;

/** Lets tests of other components build the real schema with the real migrations. */
public final class SchemaMigrationsAccess {

    private SchemaMigrationsAccess() {}

    public static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource, false, Instant.EPOCH);
    }
}
