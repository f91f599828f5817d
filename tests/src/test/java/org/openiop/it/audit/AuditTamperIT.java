package org.openiop.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openiop.audit.control.AuditKey;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.it.support.Api;
import org.openiop.it.support.Database;
import org.openiop.it.support.People;
import org.openiop.it.support.Target;

/**
 * Someone with write access to the database (here its superuser) edits, deletes or rewrites audit
 * rows; verification names what happened. Each test puts the rows back afterwards, so that the
 * trail is whole again for the tests that follow. Runs in the PostgreSQL phase, which gives the
 * tests the database, the audit key (-Daudit.key: the last case is an attacker who holds it) and
 * the grace period after which a missing number counts as deleted (-Daudit.gap-grace-seconds).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTamperIT {

    private static Api auditor;
    private static Api intake;

    @BeforeAll
    static void prepare() {
        assertTrue(Database.available(), "this test needs -Dopeniop.db.url (the PostgreSQL phase)");
        auditor = Api.as(Target.AUDITOR, Target.STAFF_PASSWORD);
        intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        enrollSome(3);
    }

    private static void enrollSome(int count) {
        for (int i = 0; i < count; i++) {
            assertEquals(
                    201,
                    intake.post("/participants", People.distinctive("Cordelia").json(false))
                            .statusCode());
        }
    }

    private static JsonObject verify() {
        HttpResponse<String> answer = auditor.get("/audit/verification");
        assertEquals(200, answer.statusCode(), answer.body());
        return Api.object(answer);
    }

    @Test
    @Order(1)
    void anEditWithMarksAndLinksRecomputedWithoutTheKeyIsNamed() throws SQLException {
        assertTrue(verify().getBoolean("intact"), verify().toString());
        long index = middleIndex();
        try (Connection db = Database.connect()) {
            db.setAutoCommit(false);
            holdTheSealer(db);
            Row row = row(db, index);
            Saved saved = Saved.of(db, index);
            // The attacker's best guess at a key: any 32 bytes. Every later link and the head
            // follow from it.
            AuditKey guess = new AuditKey(new SecureRandom().generateSeed(32));
            AuditRecord forged =
                    new AuditRecord(
                            row.event().occurredAt(),
                            "someone-else",
                            row.event().action(),
                            row.event().target(),
                            row.event().purpose(),
                            row.event().outcome());
            String mark = guess.eventMark(row.writer(), row.number(), forged);
            update(
                    db,
                    "update audit_event set actor = 'someone-else', mark = '"
                            + mark
                            + "' where seq = "
                            + row.seq());
            relink(db, guess, index);
            db.commit();

            JsonObject broken = verify();
            assertFalse(broken.getBoolean("intact"), broken.toString());
            assertEquals(index, broken.getJsonNumber("brokenAt").longValue(), broken.toString());
            assertTrue(broken.getString("problem").contains("changed"), broken.toString());

            putBack(db, saved);
        }
        assertTrue(verify().getBoolean("intact"), verify().toString());
    }

    @Test
    @Order(2)
    void aDeletedSealedEventIsNamedByItsPlaceInTheChain() throws SQLException {
        long index = middleIndex();
        try (Connection db = Database.connect()) {
            db.setAutoCommit(false);
            update(
                    db,
                    "create temporary table kept as select * from audit_event where seq = "
                            + "(select seq from audit_link where chain_index = "
                            + index
                            + ")");
            update(
                    db,
                    "delete from audit_event where seq = (select seq from audit_link where"
                            + " chain_index = "
                            + index
                            + ")");
            db.commit();
            JsonObject broken = verify();
            assertFalse(broken.getBoolean("intact"));
            assertEquals(index, broken.getJsonNumber("brokenAt").longValue());
            assertEquals("event " + index + " is missing (deleted)", broken.getString("problem"));
            update(db, "insert into audit_event select * from kept");
            db.commit();
        }
        assertTrue(verify().getBoolean("intact"), verify().toString());
    }

    @Test
    @Order(3)
    void aRewriteWithTheKeyContradictsTheCheckpointSignedBeforeIt() throws SQLException {
        AuditKey key = new AuditKey(Base64.getDecoder().decode(Target.required("audit.key")));
        HttpResponse<String> signed = auditor.post("/audit/checkpoints", "");
        assertTrue(signed.statusCode() == 200 || signed.statusCode() == 204, signed.body());
        long checkpointed =
                signed.statusCode() == 200
                        ? Api.object(signed).getJsonNumber("index").longValue()
                        : middleIndex() * 2;
        long index = checkpointed / 2;
        try (Connection db = Database.connect()) {
            db.setAutoCommit(false);
            holdTheSealer(db);
            Row row = row(db, index);
            AuditRecord forged =
                    new AuditRecord(
                            row.event().occurredAt(),
                            "someone-else",
                            row.event().action(),
                            row.event().target(),
                            row.event().purpose(),
                            row.event().outcome());
            Saved saved = Saved.of(db, index);
            update(
                    db,
                    "update audit_event set actor = 'someone-else', mark = '"
                            + key.eventMark(row.writer(), row.number(), forged)
                            + "' where seq = "
                            + row.seq());
            relink(db, key, index);
            db.commit();

            JsonObject broken = verify();
            assertFalse(broken.getBoolean("intact"), broken.toString());
            assertTrue(broken.getString("problem").contains("checkpoint"), broken.toString());
            // Marks and links all hold: only the checkpoint, kept outside the database, shows the
            // rewrite.
            assertTrue(
                    broken
                            .getJsonArray("problems")
                            .getValuesAs(jakarta.json.JsonString.class)
                            .stream()
                            .allMatch(p -> p.getString().contains("checkpoint")),
                    broken.toString());

            putBack(db, saved);
        }
        assertTrue(verify().getBoolean("intact"), verify().toString());
    }

    /**
     * The sealer is held off (the test holds the chain head's lock), events are written, and one
     * that has a later event from the same writer is deleted before it is sealed. Once the later
     * event is older than the grace period, verification names the missing number.
     */
    @Test
    @Order(4)
    void anEventDeletedBeforeItWasSealedIsNamedAsAGap() throws Exception {
        verify();
        long grace = Long.parseLong(Target.required("audit.gap-grace-seconds"));
        try (Connection holder = Database.connect();
                Connection db = Database.connect()) {
            holder.setAutoCommit(false);
            holdTheSealer(holder);
            enrollSome(2);
            String writer;
            long number;
            try (Statement s = db.createStatement();
                    ResultSet r =
                            s.executeQuery(
                                    "select e.writer, e.writer_number from audit_event e where not"
                                        + " exists (select 1 from audit_link l where l.seq = e.seq)"
                                        + " and exists (select 1 from audit_event later where"
                                        + " later.writer = e.writer and later.writer_number >"
                                        + " e.writer_number) order by e.seq desc limit 1")) {
                assertTrue(r.next(), "an unsealed event with a later one from the same writer");
                writer = r.getString(1);
                number = r.getLong(2);
            }
            db.setAutoCommit(false);
            update(
                    db,
                    "create temporary table kept as select * from audit_event where writer = '"
                            + writer
                            + "' and writer_number = "
                            + number);
            update(
                    db,
                    "delete from audit_event where writer = '"
                            + writer
                            + "' and writer_number = "
                            + number);
            db.commit();
            holder.commit();

            Thread.sleep((grace + 3) * 1000);
            JsonObject broken = verify();
            assertFalse(broken.getBoolean("intact"), broken.toString());
            assertTrue(
                    broken.getString("problem")
                            .contains(
                                    writer
                                            + " #"
                                            + number
                                            + " is missing: deleted before it was sealed"),
                    broken.toString());

            update(db, "insert into audit_event select * from kept");
            db.commit();
        }
        assertTrue(verify().getBoolean("intact"), verify().toString());
    }

    private static long middleIndex() throws SQLException {
        verify(); // seals everything waiting
        try (Connection db = Database.connect()) {
            return headIndex(db) / 2;
        }
    }

    private static long headIndex(Connection db) throws SQLException {
        return Long.parseLong(string(db, "select chain_index from audit_head where id = 1"));
    }

    private static Row row(Connection db, long index) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "select e.seq, e.occurred_at, e.actor, e.action, e.target,"
                                    + " e.purpose, e.outcome, e.writer, e.writer_number, e.mark,"
                                    + " l.link from audit_link l join audit_event e on e.seq ="
                                    + " l.seq where l.chain_index = "
                                        + index)) {
            assertTrue(r.next(), "chain position " + index);
            AuditRecord event =
                    new AuditRecord(
                            r.getObject(2, OffsetDateTime.class).toInstant(),
                            r.getString(3),
                            r.getString(4),
                            r.getString(5),
                            r.getString(6),
                            r.getString(7));
            assertNotNull(
                    r.getString(8), "events in this test are written by OpenIOP under the key");
            return new Row(
                    r.getLong(1),
                    event,
                    r.getString(8),
                    r.getLong(9),
                    r.getString(10),
                    r.getString(11));
        }
    }

    /**
     * Links every event from {@code index} to the head again under {@code key}, and moves the head:
     * what a rewrite does.
     */
    private static void relink(Connection db, AuditKey key, long index) throws SQLException {
        String link = row(db, index - 1).link();
        long last = headIndex(db);
        for (long i = index; i <= last; i++) {
            Row r = row(db, i);
            link = key.link(link, i, r.seq(), r.mark());
            update(db, "update audit_link set link = '" + link + "' where chain_index = " + i);
        }
        update(db, "update audit_head set hash = '" + link + "'");
    }

    /**
     * Takes the chain head's row lock, as the sealer does, so that nothing is sealed until this
     * transaction ends.
     */
    private static void holdTheSealer(Connection db) throws SQLException {
        update(db, "select 1 from audit_head where id = 1 for update");
    }

    /**
     * Puts the changed event back and, holding the key, links everything from it to the head again:
     * events sealed since the damage were linked to the damaged chain.
     */
    private static void putBack(Connection db, Saved changed) throws SQLException {
        AuditKey key = new AuditKey(Base64.getDecoder().decode(Target.required("audit.key")));
        holdTheSealer(db);
        try (PreparedStatement event =
                db.prepareStatement("update audit_event set actor = ?, mark = ? where seq = ?")) {
            event.setString(1, changed.actor());
            event.setString(2, changed.mark());
            event.setLong(3, changed.seq());
            event.executeUpdate();
        }
        relink(db, key, changed.index());
        db.commit();
    }

    private static String string(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next());
            return r.getString(1);
        }
    }

    private static void update(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    private record Row(
            long seq, AuditRecord event, String writer, long number, String mark, String link) {}

    /** One chain position as it was before the test touched it. */
    private record Saved(long index, long seq, String actor, String mark, String link) {

        static Saved of(Connection db, long index) throws SQLException {
            Row row = row(db, index);
            return new Saved(index, row.seq(), row.event().actor(), row.mark(), row.link());
        }
    }
}
