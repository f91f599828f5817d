package org.openiop.audit.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.audit.entity.ChainVerification;

/**
 * The keyed audit chain over plain JDBC: {@link #append} inserts a marked event, {@link #seal}
 * links waiting events into the chain, {@link #verify} checks all of it.
 *
 * <p>Why appends and sealing are apart: a writer that linked its own event would hold the chain's
 * head lock through its commit, and with PostgreSQL's fsync per commit every audited request in the
 * cluster would queue behind one disk flush at a time. Writers only insert, and commit together;
 * one sealer at a time (it locks {@code audit_head}) links everything committed so far.
 *
 * <p>What each part catches (ONC 170.315(d)(2), "detect whether the audit log has been altered"):
 *
 * <ul>
 *   <li>an event's mark, made by its writer under the audit key before it commits, catches an edit
 *       or an insertion by anyone without the key, before or after sealing;
 *   <li>the writer's numbers (1, 2, 3... per server process), with a note for each number whose
 *       transaction rolled back, catch an event deleted before it was sealed: its number never
 *       arrives ({@code gapGrace} after a later one, so that a slow transaction is not blamed);
 *   <li>the links (each covers the one before) catch a deletion, a move or a replacement of a
 *       sealed event, and the head and signed checkpoints kept outside the database catch a cut end
 *       and a rewrite by someone who holds the key.
 * </ul>
 *
 * No statement here updates or deletes an audit row, so the application's database role needs
 * neither right on them.
 */
public final class AuditChain {

    private static final String INSERT =
            "insert into audit_event (occurred_at, actor, action, target, purpose, outcome, writer,"
                    + " writer_number, mark) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_VOID =
            "insert into audit_void (writer, writer_number, voided_at, mark) values (?, ?, ?, ?)";
    private static final String LOCK_HEAD =
            "select chain_index, hash, sealed_below from audit_head where id = 1 for update";
    private static final String EVENT_COLUMNS =
            "e.seq, e.occurred_at, e.actor, e.action, e.target, e.purpose, e.outcome, "
                    + "e.writer, e.writer_number, e.mark";
    static final String WAITING =
            "select "
                    + EVENT_COLUMNS
                    + " from audit_event e where e.seq > ? and not exists (select 1 from audit_link"
                    + " l where l.seq = e.seq) order by e.seq";
    private static final String INSERT_LINK =
            "insert into audit_link (chain_index, seq, link) values (?, ?, ?)";
    private static final String MOVE_HEAD =
            "update audit_head set chain_index = ?, hash = ?, sealed_below = ? where id = 1";
    // Sealed rows only: a row committed since the waiting query ran is not sealed yet, and must
    // stop the point.
    private static final String ABOVE =
            "select e.seq, e.occurred_at from audit_event e where e.seq > ? "
                    + "and exists (select 1 from audit_link l where l.seq = e.seq) order by e.seq";

    /**
     * How long a missing row number may still be a transaction on its way before sealing stops
     * waiting for it. A commit later than this is sealed by the next sweep (every verification).
     */
    static final Duration LATE_COMMIT = Duration.ofSeconds(30);

    private static final String READ_HEAD = "select chain_index, hash from audit_head where id = 1";
    private static final String WALK =
            "select "
                    + EVENT_COLUMNS
                    + ", l.chain_index, l.seq, l.link from audit_link l left join audit_event e on"
                    + " e.seq = l.seq where l.chain_index between ? and ? order by l.chain_index";
    private static final String NUMBERS =
            "select writer, writer_number, occurred_at from audit_event where writer is not null "
                    + "order by writer, writer_number";

    private static final NavigableSet<Long> EMPTY = new TreeSet<>();

    private final AuditKey key;
    private final Duration gapGrace;

    /**
     * @param gapGrace how long after a writer's later event a missing number is taken as deleted
     *     rather than still in flight
     */
    public AuditChain(AuditKey key, Duration gapGrace) {
        this.key = key;
        this.gapGrace = gapGrace;
    }

    /** Inserts one marked event, unsealed, in the connection's current transaction. */
    public void append(Connection connection, String writer, long number, AuditRecord event)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
            insert.setString(2, event.actor());
            insert.setString(3, event.action());
            insert.setString(4, event.target());
            insert.setString(5, event.purpose());
            insert.setString(6, event.outcome());
            insert.setString(7, writer);
            insert.setLong(8, number);
            insert.setString(9, key.eventMark(writer, number, event));
            insert.executeUpdate();
        }
    }

    /** Notes, under the key, that a writer's numbers belonged to transactions that rolled back. */
    public void voidNumbers(Connection connection, String writer, List<Long> numbers, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_VOID)) {
            for (long number : numbers) {
                insert.setString(1, writer);
                insert.setLong(2, number);
                insert.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                insert.setString(4, key.voidMark(writer, number));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Links up to {@code max} waiting events, oldest first, in the connection's current
     * transaction; the caller commits. Blocks while another sealer holds the head.
     *
     * @param sweep look at every event rather than only those after the settled point (for the rare
     *     commit that took longer than the grace period)
     * @return how many events were sealed
     */
    public int seal(Connection connection, int max, Instant now, boolean sweep)
            throws SQLException {
        Head head;
        long sealedBelow;
        try (PreparedStatement lock = connection.prepareStatement(LOCK_HEAD);
                ResultSet row = lock.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("audit_head has no row; the schema migration did not run");
            }
            head = new Head(row.getLong(1), row.getString(2));
            sealedBelow = row.getLong(3);
        }
        List<Stored> waiting = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(WAITING)) {
            select.setLong(1, sweep ? 0 : sealedBelow);
            select.setMaxRows(max);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    waiting.add(Stored.read(rows));
                }
            }
        }
        long index = head.index();
        String previous = head.link();
        if (!waiting.isEmpty()) {
            try (PreparedStatement link = connection.prepareStatement(INSERT_LINK)) {
                for (Stored event : waiting) {
                    index++;
                    previous = key.link(previous, index, event.seq(), markOf(event));
                    link.setLong(1, index);
                    link.setLong(2, event.seq());
                    link.setString(3, previous);
                    link.addBatch();
                }
                for (int inserted : link.executeBatch()) {
                    if (inserted != 1 && inserted != Statement.SUCCESS_NO_INFO) {
                        throw new SQLException("a chain link was not written");
                    }
                }
            }
        }
        long settled =
                waiting.size() < max ? settledBelow(connection, sealedBelow, now) : sealedBelow;
        if (!waiting.isEmpty() || settled != sealedBelow) {
            try (PreparedStatement move = connection.prepareStatement(MOVE_HEAD)) {
                move.setLong(1, index);
                move.setString(2, previous);
                move.setLong(3, settled);
                move.executeUpdate();
            }
        }
        return waiting.size();
    }

    /**
     * The new point below which every row number is sealed or gone for good: it moves over each row
     * number in turn while the row is there (all visible rows above the old point were just
     * sealed), and over a missing one only once a later row is older than {@link #LATE_COMMIT}. So
     * the waiting query reads only the last few seconds of rows, however long the trail.
     */
    private static long settledBelow(Connection connection, long from, Instant now)
            throws SQLException {
        Instant late = now.minus(LATE_COMMIT);
        long settled = from;
        try (PreparedStatement select = connection.prepareStatement(ABOVE)) {
            select.setLong(1, from);
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long seq = rows.getLong(1);
                    if (seq != settled + 1
                            && !rows.getObject(2, OffsetDateTime.class)
                                    .toInstant()
                                    .isBefore(late)) {
                        break;
                    }
                    settled = seq;
                }
            }
        }
        return settled;
    }

    /** Where the chain ends, as the head says. */
    public Head head(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(READ_HEAD);
                ResultSet row = read.executeQuery()) {
            return row.next()
                    ? new Head(row.getLong(1), row.getString(2))
                    : new Head(0, AuditKey.GENESIS);
        }
    }

    /**
     * Walks the sealed chain from its first event, then every writer's numbers, then compares the
     * chain with each checkpoint; reports every problem found, the first first.
     */
    public ChainVerification verify(
            Connection connection, List<AuditCheckpoint> checkpoints, Instant now)
            throws SQLException {
        Problems problems = new Problems();
        Map<Long, AuditCheckpoint> checkpointAt = new HashMap<>();
        for (AuditCheckpoint checkpoint : checkpoints) {
            if (!checkpoint.signedBy(key)) {
                problems.add(
                        null,
                        "checkpoint line "
                                + checkpoint.line()
                                + " was not signed with this audit key");
            } else {
                checkpointAt.putIfAbsent(checkpoint.index(), checkpoint);
            }
        }
        // The head first, then the links up to it: sealers on other servers keep adding after it,
        // and a later head read would count their new links as missing. (Checkpoints were read
        // before the head, so none names a position past it.)
        Head head = head(connection);
        long expected = 1;
        String previous = AuditKey.GENESIS;
        boolean keyedSeen = false;
        try (PreparedStatement walk = connection.prepareStatement(WALK)) {
            walk.setLong(1, 1);
            walk.setLong(2, head.index());
            walk.setFetchSize(1000);
            try (ResultSet rows = walk.executeQuery()) {
                while (rows.next()) {
                    long index = rows.getLong(11);
                    String storedLink = rows.getString(13);
                    if (index != expected) {
                        problems.add(
                                expected,
                                index - expected == 1
                                        ? "event " + expected + " is missing (deleted)"
                                        : "events "
                                                + expected
                                                + " to "
                                                + (index - 1)
                                                + " are missing (deleted)");
                    }
                    if (rows.getObject(1) == null) {
                        problems.add(index, "event " + index + " is missing (deleted)");
                    } else {
                        Stored event = Stored.read(rows);
                        String problem = contentProblem(event, keyedSeen);
                        keyedSeen |= event.writer() != null;
                        if (problem != null) {
                            problems.add(index, problem);
                        } else if (!AuditKey.same(
                                key.link(previous, index, event.seq(), markOf(event)),
                                storedLink)) {
                            problems.add(
                                    index,
                                    "its link to the event before it does not match (an event was"
                                        + " moved or replaced, or the chain was rewritten without"
                                        + " the audit key)");
                        }
                    }
                    AuditCheckpoint checkpoint = checkpointAt.get(index);
                    if (checkpoint != null && !checkpoint.link().equals(storedLink)) {
                        problems.add(
                                index,
                                "it differs from the checkpoint signed at "
                                        + checkpoint.at()
                                        + " (line "
                                        + checkpoint.line()
                                        + "): the chain up to it was rewritten");
                    }
                    previous = storedLink;
                    expected = index + 1;
                }
            }
        }
        long last = expected - 1;
        if (head.index() > last) {
            problems.add(
                    last + 1,
                    head.index() - last == 1
                            ? "the last event (" + head.index() + ") is missing (deleted)"
                            : "the last "
                                    + (head.index() - last)
                                    + " events ("
                                    + (last + 1)
                                    + " to "
                                    + head.index()
                                    + ") are missing (deleted)");
        } else if (head.index() < last || !head.link().equals(previous)) {
            problems.add(
                    head.index() + 1,
                    "the chain head does not match the last event (the head was changed)");
        }
        for (AuditCheckpoint checkpoint : checkpointAt.values()) {
            if (checkpoint.index() > last) {
                problems.add(
                        last + 1,
                        "the chain ends at event "
                                + last
                                + " but the checkpoint signed at "
                                + checkpoint.at()
                                + " (line "
                                + checkpoint.line()
                                + ") recorded "
                                + checkpoint.index()
                                + " (events were removed from the end)");
            }
        }
        checkNumbers(connection, now, problems);
        return problems.result(last, checkpointAt.size());
    }

    /**
     * Every writer's numbers must run 1, 2, 3... with no hole, except numbers noted as rolled back.
     * A hole is reported once the writer's next event is older than the grace period.
     */
    private void checkNumbers(Connection connection, Instant now, Problems problems)
            throws SQLException {
        Map<String, NavigableSet<Long>> voided = new HashMap<>();
        try (Statement select = connection.createStatement();
                ResultSet rows =
                        select.executeQuery("select writer, writer_number, mark from audit_void")) {
            while (rows.next()) {
                String writer = rows.getString(1);
                long number = rows.getLong(2);
                if (!AuditKey.same(key.voidMark(writer, number), rows.getString(3))) {
                    problems.add(
                            null,
                            "a rollback note for "
                                    + writer
                                    + " #"
                                    + number
                                    + " was not made with the audit key");
                } else {
                    voided.computeIfAbsent(writer, w -> new TreeSet<>()).add(number);
                }
            }
        }
        Instant settled = now.minus(gapGrace);
        try (PreparedStatement select = connection.prepareStatement(NUMBERS)) {
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
                String writer = null;
                long next = 1;
                while (rows.next()) {
                    if (!rows.getString(1).equals(writer)) {
                        writer = rows.getString(1);
                        next = 1;
                    }
                    long number = rows.getLong(2);
                    NavigableSet<Long> notes = voided.getOrDefault(writer, EMPTY);
                    if (notes.contains(number)) {
                        problems.add(
                                null,
                                "event "
                                        + writer
                                        + " #"
                                        + number
                                        + " is recorded and also noted as rolled back");
                    }
                    // Counted, not walked: a forged number far ahead must not make verification
                    // loop for ever.
                    long holes = number - next - notes.subSet(next, true, number, false).size();
                    long firstMissing = -1;
                    long lastMissing = -1;
                    if (holes > 0) {
                        firstMissing = next;
                        while (notes.contains(firstMissing)) {
                            firstMissing++;
                        }
                        lastMissing = number - 1;
                        while (notes.contains(lastMissing)) {
                            lastMissing--;
                        }
                    }
                    if (firstMissing > 0
                            && rows.getObject(3, OffsetDateTime.class)
                                    .toInstant()
                                    .isBefore(settled)) {
                        problems.add(
                                null,
                                (firstMissing == lastMissing
                                                ? "event "
                                                        + writer
                                                        + " #"
                                                        + firstMissing
                                                        + " is missing"
                                                : "events "
                                                        + writer
                                                        + " #"
                                                        + firstMissing
                                                        + " to #"
                                                        + lastMissing
                                                        + " are missing")
                                        + ": deleted before it was sealed, or its server stopped in"
                                        + " the middle of a transaction");
                    }
                    next = number + 1;
                }
            }
        }
    }

    private String contentProblem(Stored event, boolean keyedSeen) {
        if (event.writer() == null) {
            return keyedSeen
                    ? "it has no writer's mark and comes after marked events: it was added without"
                            + " the audit key"
                    : null;
        }
        return AuditKey.same(
                        key.eventMark(event.writer(), event.number(), event.event()), event.mark())
                ? null
                : "its contents were changed (its mark does not match)";
    }

    /**
     * The mark a link covers: the stored one, or for an event from before the key, one computed
     * now.
     */
    private String markOf(Stored event) {
        return event.writer() == null ? key.legacyMark(event.seq(), event.event()) : event.mark();
    }

    /**
     * Writes the sealed events that occurred in [from, to) as JSON lines, with the link before the
     * first and a signed end line, so that {@link ExportVerification} can check them offline. The
     * range runs in chain order from the first event at or after {@code from} to the last before
     * {@code to}; events sealed in between are included even if they occurred outside it.
     *
     * @return how many events were written
     */
    public long export(Connection connection, Instant from, Instant to, LineSink out)
            throws SQLException {
        long first = bound(connection, "min", ">=", from);
        long last = bound(connection, "max", "<", to);
        String previous = AuditKey.GENESIS;
        if (first > 1) {
            try (PreparedStatement select =
                    connection.prepareStatement(
                            "select link from audit_link where chain_index = ?")) {
                select.setLong(1, first - 1);
                try (ResultSet row = select.executeQuery()) {
                    previous = row.next() ? row.getString(1) : AuditKey.GENESIS;
                }
            }
        }
        Map<String, Object> header = new java.util.LinkedHashMap<>();
        header.put("format", ExportVerification.FORMAT);
        header.put("from", from.toString());
        header.put("to", to.toString());
        header.put("firstIndex", first);
        header.put("previousLink", previous);
        out.line(FlatJson.write(header));
        long count = 0;
        String link = previous;
        if (first > 0 && last >= first) {
            try (PreparedStatement walk = connection.prepareStatement(WALK)) {
                walk.setLong(1, first);
                walk.setLong(2, last);
                walk.setFetchSize(1000);
                try (ResultSet rows = walk.executeQuery()) {
                    while (rows.next()) {
                        if (rows.getObject(1) == null) {
                            throw new SQLException(
                                    "event "
                                            + rows.getLong(11)
                                            + " is missing; verify the trail before exporting it");
                        }
                        Stored event = Stored.read(rows);
                        link = rows.getString(13);
                        out.line(
                                FlatJson.write(
                                        ExportVerification.eventLine(
                                                rows.getLong(11),
                                                event.seq(),
                                                event.event(),
                                                event.writer(),
                                                event.writer() == null ? null : event.number(),
                                                markOf(event),
                                                link)));
                        count++;
                    }
                }
            }
        }
        Map<String, Object> end = new java.util.LinkedHashMap<>();
        end.put("end", true);
        end.put("events", count);
        end.put("lastLink", link);
        end.put(
                "signature",
                key.exportSignature(from.toString(), to.toString(), first, previous, count, link));
        out.line(FlatJson.write(end));
        return count;
    }

    private static long bound(
            Connection connection, String aggregate, String comparison, Instant at)
            throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement(
                        "select "
                                + aggregate
                                + "(l.chain_index) from audit_link l "
                                + "join audit_event e on e.seq = l.seq where e.occurred_at "
                                + comparison
                                + " ?")) {
            select.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    /** How many events wait to be sealed. */
    public long waiting(Connection connection) throws SQLException {
        try (Statement count = connection.createStatement();
                ResultSet rows =
                        count.executeQuery(
                                "select count(*) from audit_event e where not exists (select 1 from"
                                        + " audit_link l where l.seq = e.seq)")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Events about one target (all events when null), newest first. */
    public List<AuditRecord> about(Connection connection, String target, int max)
            throws SQLException {
        String sql =
                "select "
                        + EVENT_COLUMNS
                        + " from audit_event e"
                        + (target == null ? "" : " where e.target = ?")
                        + " order by e.seq desc";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (target != null) {
                select.setString(1, target);
            }
            select.setMaxRows(max);
            List<AuditRecord> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(Stored.read(rows).event());
                }
            }
            return events;
        }
    }

    /** Receives an export one line at a time. */
    @FunctionalInterface
    public interface LineSink {
        void line(String text) throws SQLException;
    }

    /**
     * @param link the last event's link, or 64 zeros for an empty chain
     */
    public record Head(long index, String link) {}

    private record Stored(long seq, AuditRecord event, String writer, long number, String mark) {

        static Stored read(ResultSet rows) throws SQLException {
            AuditRecord event =
                    new AuditRecord(
                            rows.getObject(2, OffsetDateTime.class).toInstant(),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            rows.getString(7));
            return new Stored(
                    rows.getLong(1), event, rows.getString(8), rows.getLong(9), rows.getString(10));
        }
    }

    /** Problems in the order found, capped; the first names where the trail breaks. */
    private static final class Problems {

        private final List<String> found = new ArrayList<>();
        private Long firstAt;
        private boolean any;

        void add(Long at, String problem) {
            if (!any) {
                firstAt = at;
                any = true;
            }
            if (found.size() < ChainVerification.MAX_PROBLEMS) {
                found.add(at == null ? problem : "event " + at + ": " + problem);
            }
        }

        ChainVerification result(long events, int checkpoints) {
            if (!any) {
                return ChainVerification.intact(events, checkpoints);
            }
            String first = found.get(0);
            String problem = firstAt == null ? first : first.substring(first.indexOf(": ") + 2);
            return new ChainVerification(false, events, firstAt, problem, found, checkpoints);
        }
    }
}
