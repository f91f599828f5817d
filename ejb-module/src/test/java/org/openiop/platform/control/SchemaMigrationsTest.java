package org.openiop.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

    private static JdbcDataSource emptyH2(String name) {
        var ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    @Test
    void createsTheSchemaOnceAndRunsNothingTheSecondTime() throws SQLException {
        var ds = emptyH2("twice");
        var first = SchemaMigrations.migrate(ds, false, Instant.EPOCH);
        var second =
                SchemaMigrations.migrate(ds, false, Instant.now()); // a later start of the server

        assertEquals(16, first.appliedAtStart());
        assertEquals("16", first.schemaVersion());
        assertEquals(0, second.appliedAtStart());
        assertEquals(
                0, count(ds, "select count(*) from program"), "no demo rows without demo data");
    }

    @Test
    void aNodeCountsOnlyTheMigrationsItAppliedItself() {
        // Two nodes of a cluster start before either migrates: the second finds nothing to do,
        // though every migration was installed after it started.
        var ds = emptyH2("cluster");
        var first = SchemaMigrations.migrate(ds, false, Instant.EPOCH, "101@node-a");
        var second = SchemaMigrations.migrate(ds, false, Instant.EPOCH, "202@node-b");
        assertEquals(16, first.appliedAtStart());
        assertEquals(0, second.appliedAtStart());
    }

    @Test
    void demoDataAddsThreeProgramsOnlyOnce() throws SQLException {
        var ds = emptyH2("demo");
        SchemaMigrations.migrate(ds, true, Instant.EPOCH);
        SchemaMigrations.migrate(ds, true, Instant.EPOCH);
        assertEquals(3, count(ds, "select count(*) from program"));
    }

    @Test
    void theDatabaseRefusesAProgramThatEndsBeforeItStarts() throws SQLException {
        var ds = emptyH2("check");
        SchemaMigrations.migrate(ds, false, Instant.EPOCH);
        try (Connection c = ds.getConnection()) {
            assertThrows(
                    SQLException.class,
                    () ->
                            c.createStatement()
                                    .executeUpdate(
                                            "insert into program (id, name, level_of_care,"
                                                    + " time_zone, starts_on, ends_on) values"
                                                    + " (random_uuid(), 'x', 'IOP_2_1', 'UTC', date"
                                                    + " '2026-02-01', date '2026-01-01')"));
        }
    }

    private static int count(JdbcDataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
