package org.openiop.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.audit.entity.ChainVerification;
import org.openiop.platform.control.SchemaMigrationsAccess;

class AuditChainTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Duration GRACE = Duration.ofMinutes(10);
    private final AuditKey key = new AuditKey(new SecureRandom().generateSeed(32));
    private final AuditChain chain = new AuditChain(key, GRACE);
    private final AtomicLong numbers = new AtomicLong();
    private JdbcDataSource db;
    private Instant now = Instant.now();

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
    void anEmptyChainIsIntact() throws SQLException {
        assertEquals("intact, 0 events", verify().summary());
    }

    @Test
    void sealingLooksForWaitingEventsByRowNumberAndTheLinkIndex() throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement explain = c.prepareStatement("explain " + AuditChain.WAITING)) {
            explain.setLong(1, 0);
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                String text = plan.getString(1);
                assertTrue(
                        text.contains("PRIMARY_KEY") && text.contains("AUDIT_LINK_SEQ"),
                        "the waiting query should range over the primary key and probe the links by"
                                + " row number: "
                                + text);
            }
        }
    }

    @Test
    void aChangedRowIsNamed() throws SQLException {
        appendAndSeal(5);
        exec(
                "update audit_event set actor = 'someone-else' where seq = (select seq from"
                        + " audit_link where chain_index = 3)");
        ChainVerification result = verify();
        assertFalse(result.intact());
        assertEquals(3L, result.brokenAt());
        assertTrue(result.problem().contains("changed"), result.problem());
    }

    @Test
    void aChangeWithTheMarkRecomputedWithoutTheKeyIsStillNamed() throws SQLException {
        appendAndSeal(4);
        AuditKey guessed = new AuditKey(new byte[32]);
        Stored second = stored(2);
        AuditRecord forged =
                new AuditRecord(
                        second.event.occurredAt(),
                        "forger",
                        second.event.action(),
                        second.event.target(),
                        second.event.purpose(),
                        second.event.outcome());
        exec(
                "update audit_event set actor = 'forger', mark = '"
                        + guessed.eventMark(second.writer, second.number, forged)
                        + "' where seq = "
                        + second.seq);
        ChainVerification result = verify();
        assertEquals(2L, result.brokenAt());
        assertTrue(result.problem().contains("changed"), result.problem());
    }

    @Test
    void aRewriteWithTheKeyIsCaughtByACheckpointSignedBeforeIt() throws SQLException {
        appendAndSeal(4);
        AuditChain.Head head;
        try (Connection c = db.getConnection()) {
            head = chain.head(c);
        }
        AuditCheckpoint checkpoint = AuditCheckpoint.signed(key, head.index(), head.link(), now);
        // Someone with the key changes event 2 and recomputes its mark, every later link and the
        // head.
        Stored second = stored(2);
        AuditRecord forged =
                new AuditRecord(
                        second.event.occurredAt(),
                        "forger",
                        second.event.action(),
                        second.event.target(),
                        second.event.purpose(),
                        second.event.outcome());
        String mark = key.eventMark(second.writer, second.number, forged);
        exec(
                "update audit_event set actor = 'forger', mark = '"
                        + mark
                        + "' where seq = "
                        + second.seq);
        String link = stored(1).link;
        for (long index = 2; index <= 4; index++) {
            Stored s = stored(index);
            link = key.link(link, index, s.seq, s.mark);
            exec("update audit_link set link = '" + link + "' where chain_index = " + index);
        }
        exec("update audit_head set hash = '" + link + "'");

        assertEquals(
                "intact, 4 events",
                verify().summary(),
                "without a checkpoint the rewrite cannot be seen");
        ChainVerification result = verify(List.of(checkpoint));
        assertFalse(result.intact());
        assertEquals(4L, result.brokenAt());
        assertTrue(result.problem().contains("checkpoint"), result.problem());
    }

    @Test
    void aCheckpointNotSignedWithTheKeyIsReported() throws SQLException {
        appendAndSeal(2);
        AuditChain.Head head;
        try (Connection c = db.getConnection()) {
            head = chain.head(c);
        }
        AuditCheckpoint forged =
                AuditCheckpoint.signed(new AuditKey(new byte[32]), head.index(), head.link(), now);
        ChainVerification result = verify(List.of(forged));
        assertFalse(result.intact());
        assertTrue(result.problem().contains("not signed with this audit key"), result.problem());
    }

    @Test
    void aDeletedSealedRowIsNamedAsAGap() throws SQLException {
        appendAndSeal(5);
        exec(
                "delete from audit_event where seq = (select seq from audit_link where chain_index"
                        + " = 2)");
        ChainVerification result = verify();
        assertEquals(2L, result.brokenAt());
        assertEquals("event 2 is missing (deleted)", result.problem());
    }

    @Test
    void deletingTheLastLinksIsCaughtByTheHead() throws SQLException {
        appendAndSeal(5);
        exec("delete from audit_link where chain_index >= 4");
        ChainVerification result = verify();
        assertEquals(4L, result.brokenAt());
        assertTrue(result.problem().contains("last 2 events"), result.problem());
    }

    @Test
    void swappingTwoEventsIsCaught() throws SQLException {
        appendAndSeal(5);
        exec("update audit_link set chain_index = -1 where chain_index = 2");
        exec("update audit_link set chain_index = 2 where chain_index = 3");
        exec("update audit_link set chain_index = 3 where chain_index = -1");
        ChainVerification result = verify();
        assertFalse(result.intact());
        assertEquals(2L, result.brokenAt());
    }

    @Test
    void anUnsealedEventDeletedIsNamedOnceALaterOneIsOlderThanTheGrace() throws SQLException {
        append(3);
        exec("delete from audit_event where writer_number = 2");
        seal();
        assertTrue(verify().intact(), "within the grace period the number may still be on its way");
        now = Instant.now().plus(GRACE).plusSeconds(1);
        ChainVerification result = verify();
        assertFalse(result.intact());
        assertNull(result.brokenAt());
        assertTrue(
                result.problem().contains("#2 is missing: deleted before it was sealed"),
                result.problem());
    }

    @Test
    void aForgedNumberFarAheadIsReportedWithoutWalkingTheHole() throws SQLException {
        appendAndSeal(2);
        exec(
                "insert into audit_event (occurred_at, actor, action, outcome, writer,"
                        + " writer_number, mark) values (timestamp with time zone '2020-01-01"
                        + " 00:00:00+00', 'intruder', 'vault.read', 'success', 'wtest',"
                        + " 9000000000000000000, 'x')");
        long started = System.nanoTime();
        ChainVerification result = verify();
        assertTrue(System.nanoTime() - started < 5_000_000_000L, "verification took too long");
        assertTrue(
                result.problems().stream()
                        .anyMatch(p -> p.contains("wtest #3 to #8999999999999999999 are missing")),
                result.problems().toString());
    }

    @Test
    void aRolledBackNumberNotedWithTheKeyIsNoGap() throws SQLException {
        append(3);
        exec("delete from audit_event where writer_number = 2");
        try (Connection c = db.getConnection()) {
            chain.voidNumbers(c, "wtest", List.of(2L), now);
        }
        seal();
        now = Instant.now().plus(GRACE).plusSeconds(1);
        assertEquals("intact, 2 events", verify().summary());
    }

    @Test
    void aRollbackNoteForgedWithoutTheKeyIsReported() throws SQLException {
        append(3);
        exec("delete from audit_event where writer_number = 2");
        new AuditChain(new AuditKey(new byte[32]), GRACE)
                .voidNumbers(db.getConnection(), "wtest", List.of(2L), now);
        seal();
        now = Instant.now().plus(GRACE).plusSeconds(1);
        ChainVerification result = verify();
        assertFalse(result.intact());
        assertTrue(
                result.problems().stream().anyMatch(p -> p.contains("rollback note")),
                result.problems().toString());
        assertTrue(
                result.problems().stream().anyMatch(p -> p.contains("#2 is missing")),
                result.problems().toString());
    }

    @Test
    void anEventInsertedWithoutTheKeyIsReported() throws SQLException {
        appendAndSeal(2);
        exec(
                "insert into audit_event (occurred_at, actor, action, outcome, writer,"
                    + " writer_number, mark) values (current_timestamp, 'intruder', 'vault.read',"
                    + " 'success', 'wtest', 3, '"
                        + "0".repeat(64)
                        + "')");
        exec(
                "insert into audit_event (occurred_at, actor, action, outcome) values"
                        + " (current_timestamp, 'intruder', 'vault.read', 'success')");
        seal();
        ChainVerification result = verify();
        assertFalse(result.intact());
        assertEquals(3L, result.brokenAt());
        assertTrue(
                result.problems().stream().anyMatch(p -> p.contains("added without the audit key")),
                result.problems().toString());
    }

    @Test
    void eventsFromBeforeTheKeyAreSealedUnderItAndVerify() throws SQLException {
        exec(
                "insert into audit_event (occurred_at, actor, action, outcome) values"
                        + " (current_timestamp, 'demo-intake', 'vault.read', 'success')");
        appendAndSeal(2);
        assertEquals("intact, 3 events", verify().summary());
        exec("update audit_event set actor = 'forger' where writer is null");
        assertEquals(1L, verify().brokenAt());
    }

    @Test
    void aVerifierWithAnotherKeyFindsEveryEventChanged() throws SQLException {
        appendAndSeal(3);
        try (Connection c = db.getConnection()) {
            ChainVerification other =
                    new AuditChain(new AuditKey(new byte[32]), GRACE).verify(c, List.of(), now);
            assertEquals(1L, other.brokenAt());
        }
    }

    @Test
    void concurrentWritersAndSealersMakeOneChainWithNoGapsOrForks() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int writer = 0; writer < 6; writer++) {
            work.add(
                    pool.submit(
                            () -> {
                                for (int i = 0; i < 200; i++) {
                                    try (Connection c = db.getConnection()) {
                                        chain.append(
                                                c,
                                                "wtest",
                                                numbers.incrementAndGet(),
                                                event("writer"));
                                    }
                                }
                                return null;
                            }));
        }
        for (int sealer = 0; sealer < 2; sealer++) {
            work.add(
                    pool.submit(
                            () -> {
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
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new AuditRecord(
                                Instant.now(),
                                "demo-intake\nforged line",
                                "vault.read",
                                null,
                                null,
                                "success"));
    }

    private void append(int events) throws SQLException {
        try (Connection c = db.getConnection()) {
            for (int i = 0; i < events; i++) {
                chain.append(c, "wtest", numbers.incrementAndGet(), event("demo-intake"));
            }
        }
    }

    private void appendAndSeal(int events) throws SQLException {
        append(events);
        seal();
    }

    private void seal() throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            chain.seal(c, 1000, now, true);
            c.commit();
        }
    }

    private ChainVerification verify() throws SQLException {
        return verify(List.of());
    }

    private ChainVerification verify(List<AuditCheckpoint> checkpoints) throws SQLException {
        try (Connection c = db.getConnection()) {
            return chain.verify(c, checkpoints, now);
        }
    }

    private Stored stored(long index) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet row =
                        s.executeQuery(
                                "select e.seq, e.occurred_at, e.actor, e.action, e.target,"
                                    + " e.purpose, e.outcome, e.writer, e.writer_number, e.mark,"
                                    + " l.link from audit_link l join audit_event e on e.seq ="
                                    + " l.seq where l.chain_index = "
                                        + index)) {
            assertTrue(row.next());
            return new Stored(
                    row.getLong(1),
                    new AuditRecord(
                            row.getObject(2, OffsetDateTime.class).toInstant(),
                            row.getString(3),
                            row.getString(4),
                            row.getString(5),
                            row.getString(6),
                            row.getString(7)),
                    row.getString(8),
                    row.getLong(9),
                    row.getString(10),
                    row.getString(11));
        }
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static AuditRecord event(String actor) {
        return new AuditRecord(
                Instant.now(),
                actor,
                "vault.read",
                "6f1d2c3e-0000-4000-8000-000000000001",
                "enrollment",
                "success");
    }

    private record Stored(
            long seq, AuditRecord event, String writer, long number, String mark, String link) {}
}
