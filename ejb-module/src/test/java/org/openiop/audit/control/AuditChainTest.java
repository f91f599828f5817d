package org.openiop.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.audit.entity.ChainVerification;
import org.openiop.platform.control.SchemaMigrationsAccess;

class AuditChainTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private final AuditChain chain = new AuditChain();
    private JdbcDataSource db;

    @BeforeEach
    void emptyDatabase() {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:audit" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrationsAccess.migrate(db);
    }

    @Test
    void anUntouchedChainIsIntactWithEveryEventCounted() throws SQLException {
        appendAndSeal(5);
        assertEquals("intact, 5 events", verify().summary());
    }

    @Test
    void sealingFindsEachEventByItsKeyNotByScanningTheBacklog() throws SQLException {
        try (Connection c = db.getConnection(); var explain = c.prepareStatement("explain " + AuditChain.SEAL)) {
            for (int i = 1; i <= 4; i++) {
                explain.setString(i, "1");
            }
            try (var plan = explain.executeQuery()) {
                plan.next();
                String text = plan.getString(1);
                assertTrue(text.contains("PRIMARY_KEY"), "the seal update should use the primary key: " + text);
            }
        }
    }

    @Test
    void anEmptyChainIsIntact() throws SQLException {
        assertEquals("intact, 0 events", verify().summary());
    }

    @Test
    void aChangedRowIsNamed() throws SQLException {
        appendAndSeal(5);
        exec("update audit_event set actor = 'someone-else' where chain_index = 3");
        ChainVerification result = verify();
        assertFalse(result.intact());
        assertEquals(3L, result.brokenAt());
        assertTrue(result.problem().contains("changed"), result.problem());
    }

    @Test
    void aDeletedRowIsNamedAsAGap() throws SQLException {
        appendAndSeal(5);
        exec("delete from audit_event where chain_index = 2");
        ChainVerification result = verify();
        assertEquals(2L, result.brokenAt());
        assertEquals("event 2 is missing (deleted)", result.problem());
    }

    @Test
    void deletingTheLastRowsIsCaughtByTheHead() throws SQLException {
        appendAndSeal(5);
        exec("delete from audit_event where chain_index >= 4");
        ChainVerification result = verify();
        assertEquals(4L, result.brokenAt());
        assertTrue(result.problem().contains("last 2 events"), result.problem());
    }

    @Test
    void swappingTwoEventsIsCaught() throws SQLException {
        appendAndSeal(5);
        exec("update audit_event set chain_index = -1 where chain_index = 2");
        exec("update audit_event set chain_index = 2 where chain_index = 3");
        exec("update audit_event set chain_index = 3 where chain_index = -1");
        ChainVerification result = verify();
        assertEquals(2L, result.brokenAt());
    }

    @Test
    void recomputingOneHashIsStillCaughtAtTheNextLink() throws SQLException {
        appendAndSeal(4);
        exec("update audit_event set actor = 'forger' where chain_index = 2");
        try (Connection c = db.getConnection(); var rows = c.createStatement().executeQuery(
                "select seq, occurred_at, actor, action, target, purpose, outcome, prev_hash from audit_event where chain_index = 2")) {
            rows.next();
            AuditRecord forged = new AuditRecord(rows.getObject(2, java.time.OffsetDateTime.class).toInstant(), rows.getString(3),
                    rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7));
            String rehashed = AuditChain.hash(rows.getString(8), rows.getLong(1), 2, forged);
            exec("update audit_event set hash = '" + rehashed + "' where chain_index = 2");
        }
        assertEquals(3L, verify().brokenAt());
    }

    @Test
    void concurrentWritersAndSealersMakeOneChainWithNoGapsOrForks() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int writer = 0; writer < 6; writer++) {
            work.add(pool.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    try (Connection c = db.getConnection()) {
                        chain.append(c, event("writer"));
                    }
                }
                return null;
            }));
        }
        for (int sealer = 0; sealer < 2; sealer++) {
            work.add(pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    seal();
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        seal();
        assertEquals("intact, 1200 events", verify().summary());
    }

    @Test
    void anEventWithALineBreakIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new AuditRecord(Instant.now(), "demo-intake\nforged line", "vault.read", null, null, "success"));
    }

    private void appendAndSeal(int events) throws SQLException {
        try (Connection c = db.getConnection()) {
            for (int i = 0; i < events; i++) {
                chain.append(c, event("demo-intake"));
            }
        }
        seal();
    }

    private void seal() throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            chain.seal(c, 1000);
            c.commit();
        }
    }

    private ChainVerification verify() throws SQLException {
        try (Connection c = db.getConnection()) {
            return chain.verify(c);
        }
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static AuditRecord event(String actor) {
        return new AuditRecord(Instant.now(), actor, "vault.read", "6f1d2c3e-0000-4000-8000-000000000001", "enrollment", "success");
    }
}
