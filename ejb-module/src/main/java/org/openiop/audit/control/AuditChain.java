package org.openiop.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.audit.entity.ChainVerification;

/**
 * The audit chain over plain JDBC: {@link #append} inserts an event with no chain fields,
 * {@link #seal} gives waiting events their places in the chain, {@link #verify} walks it.
 *
 * <p>Why appends and sealing are apart: a writer that linked its own event would hold the chain's
 * head lock through its commit, and with PostgreSQL's fsync per commit every audited request in
 * the cluster would queue behind one disk flush at a time. Here writers only insert, and commit
 * together; one sealer at a time (it locks {@code audit_head}) links everything committed so far
 * in a single transaction. Each sealed event holds the SHA-256 of the event before it, so an edit,
 * a deletion or a reordering breaks the chain at that event (Schneier and Kelsey's hash chain;
 * ONC 170.315(d)(2) "detect whether the audit log has been altered").
 */
public final class AuditChain {

    /** The previous-hash of the first event: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);
    private static final HexFormat HEX = HexFormat.of();

    private static final String INSERT = "insert into audit_event (occurred_at, actor, action, target, purpose, outcome) "
            + "values (?, ?, ?, ?, ?, ?)";
    private static final String LOCK_HEAD = "select chain_index, hash from audit_head where id = 1 for update";
    private static final String WAITING = "select seq, occurred_at, actor, action, target, purpose, outcome "
            + "from audit_event where chain_index is null order by seq";
    // By primary key alone: the head's row lock keeps sealers one at a time, so a waiting row cannot be
    // sealed twice (and chain_index is unique). With "and chain_index is null" added, H2 chose the
    // chain_index index and walked every waiting row for each update, so sealing grew with the square
    // of the backlog and took most of a core under load.
    static final String SEAL = "update audit_event set chain_index = ?, prev_hash = ?, hash = ? where seq = ?";
    private static final String MOVE_HEAD = "update audit_head set chain_index = ?, hash = ? where id = 1";
    private static final String READ_HEAD = "select chain_index, hash from audit_head where id = 1";
    private static final String WALK = "select seq, occurred_at, actor, action, target, purpose, outcome, chain_index, prev_hash, hash "
            + "from audit_event where chain_index is not null order by chain_index";

    /** Inserts one event, unsealed, in the connection's current transaction. */
    public void append(Connection connection, AuditRecord event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
            insert.setString(2, event.actor());
            insert.setString(3, event.action());
            insert.setString(4, event.target());
            insert.setString(5, event.purpose());
            insert.setString(6, event.outcome());
            insert.executeUpdate();
        }
    }

    /**
     * Links up to {@code max} waiting events, oldest first, in the connection's current
     * transaction; the caller commits. Blocks while another sealer holds the head.
     *
     * @return how many events were sealed
     */
    public int seal(Connection connection, int max) throws SQLException {
        long index;
        String previous;
        try (PreparedStatement lock = connection.prepareStatement(LOCK_HEAD); ResultSet head = lock.executeQuery()) {
            if (!head.next()) {
                throw new SQLException("audit_head has no row; the schema migration did not run");
            }
            index = head.getLong(1);
            previous = head.getString(2);
        }
        List<Waiting> waiting = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(WAITING)) {
            select.setMaxRows(max);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    waiting.add(new Waiting(rows.getLong(1), read(rows)));
                }
            }
        }
        if (waiting.isEmpty()) {
            return 0;
        }
        try (PreparedStatement seal = connection.prepareStatement(SEAL)) {
            for (Waiting w : waiting) {
                index++;
                String hash = hash(previous, w.seq(), index, w.event());
                seal.setLong(1, index);
                seal.setString(2, previous);
                seal.setString(3, hash);
                seal.setLong(4, w.seq());
                seal.addBatch();
                previous = hash;
            }
            for (int updated : seal.executeBatch()) {
                if (updated != 1 && updated != Statement.SUCCESS_NO_INFO) {
                    throw new SQLException("an audit event vanished while it was being sealed");
                }
            }
        }
        try (PreparedStatement move = connection.prepareStatement(MOVE_HEAD)) {
            move.setLong(1, index);
            move.setString(2, previous);
            move.executeUpdate();
        }
        return waiting.size();
    }

    /**
     * Walks the sealed chain from its first event and reports the first place where it breaks:
     * a changed event (its hash no longer matches), a missing one (its position is skipped, or
     * the head names more events than remain) or a moved one (the link to its predecessor fails).
     */
    public ChainVerification verify(Connection connection) throws SQLException {
        long headIndex;
        String headHash;
        try (PreparedStatement read = connection.prepareStatement(READ_HEAD); ResultSet head = read.executeQuery()) {
            if (!head.next()) {
                return ChainVerification.broken(0, 1, "the chain head (audit_head) is missing");
            }
            headIndex = head.getLong(1);
            headHash = head.getString(2);
        }
        long expected = 1;
        String previous = GENESIS;
        try (PreparedStatement walk = connection.prepareStatement(WALK)) {
            walk.setFetchSize(1000);
            try (ResultSet rows = walk.executeQuery()) {
                while (rows.next()) {
                    long seq = rows.getLong(1);
                    AuditRecord event = read(rows);
                    long index = rows.getLong(8);
                    String storedPrevious = rows.getString(9);
                    String storedHash = rows.getString(10);
                    if (index != expected) {
                        return ChainVerification.broken(expected - 1, expected, index - expected == 1
                                ? "event " + expected + " is missing (deleted)"
                                : "events " + expected + " to " + (index - 1) + " are missing (deleted)");
                    }
                    if (!previous.equals(storedPrevious)) {
                        return ChainVerification.broken(expected - 1, expected,
                                "its link to the event before it does not match (an event was moved or replaced)");
                    }
                    if (!hash(storedPrevious, seq, index, event).equals(storedHash)) {
                        return ChainVerification.broken(expected - 1, expected, "its contents were changed after it was sealed");
                    }
                    previous = storedHash;
                    expected++;
                }
            }
        }
        long checked = expected - 1;
        if (headIndex > checked) {
            return ChainVerification.broken(checked, checked + 1, headIndex - checked == 1
                    ? "the last event (" + headIndex + ") is missing (deleted)"
                    : "the last " + (headIndex - checked) + " events (" + (checked + 1) + " to " + headIndex + ") are missing (deleted)");
        }
        if (headIndex < checked || !headHash.equals(previous)) {
            return ChainVerification.broken(checked, headIndex + 1, "the chain head does not match the last event (the head was changed)");
        }
        return ChainVerification.intact(checked);
    }

    /** How many events wait to be sealed. */
    public long waiting(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("select count(*) from audit_event where chain_index is null");
                ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Events about one target (all events when null), newest first. */
    public List<AuditRecord> about(Connection connection, String target, int max) throws SQLException {
        String sql = "select seq, occurred_at, actor, action, target, purpose, outcome from audit_event"
                + (target == null ? "" : " where target = ?") + " order by seq desc";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (target != null) {
                select.setString(1, target);
            }
            select.setMaxRows(max);
            List<AuditRecord> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(read(rows));
                }
            }
            return events;
        }
    }

    private static AuditRecord read(ResultSet rows) throws SQLException {
        return new AuditRecord(rows.getObject(2, OffsetDateTime.class).toInstant(), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), rows.getString(7));
    }

    /**
     * SHA-256 over the previous hash and every field of the event, each length-prefixed so that no
     * two different events encode alike.
     */
    static String hash(String previous, long seq, long index, AuditRecord event) {
        StringBuilder text = new StringBuilder(256).append(previous);
        for (Object field : new Object[] {seq, index, event.occurredAt().toEpochMilli(), event.actor(), event.action(),
                event.target(), event.purpose(), event.outcome()}) {
            if (field == null) {
                text.append("|-");
            } else {
                String value = field.toString();
                text.append('|').append(value.length()).append(':').append(value);
            }
        }
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private record Waiting(long seq, AuditRecord event) {
    }
}
