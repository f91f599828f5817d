package org.openiop.audit.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openiop.audit.entity.AuditRecord;

/**
 * Checks an audit export offline, with the audit key and nothing else: every event's mark, every
 * link from the one named in the first line, consecutive chain positions, and the signed last line
 * (so that cutting events off the end, or the end line itself, shows). Checkpoints, if given, must
 * agree with the export wherever they fall inside it.
 */
public final class ExportVerification {

    public static final String FORMAT = "openiop-audit-export/1";

    private static final Set<String> HEADER =
            Set.of("format", "from", "to", "firstIndex", "previousLink");
    private static final Set<String> EVENT =
            Set.of(
                    "index",
                    "seq",
                    "occurredAt",
                    "actor",
                    "action",
                    "target",
                    "purpose",
                    "outcome",
                    "writer",
                    "number",
                    "mark",
                    "link");
    private static final Set<String> END = Set.of("end", "events", "lastLink", "signature");

    private final AuditKey key;

    public ExportVerification(AuditKey key) {
        this.key = key;
    }

    /** One line of an export, in the order the fields are written. */
    static Map<String, Object> eventLine(
            long index,
            long seq,
            AuditRecord event,
            String writer,
            Long number,
            String mark,
            String link) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("index", index);
        line.put("seq", seq);
        line.put("occurredAt", event.occurredAt().toString());
        line.put("actor", event.actor());
        line.put("action", event.action());
        line.put("target", event.target());
        line.put("purpose", event.purpose());
        line.put("outcome", event.outcome());
        line.put("writer", writer);
        line.put("number", number);
        line.put("mark", mark);
        line.put("link", link);
        return line;
    }

    /**
     * @return how many events verified
     * @throws Broken naming the line (1-based) and what is wrong with it
     */
    public long verify(BufferedReader export, List<AuditCheckpoint> checkpoints)
            throws IOException {
        Map<Long, AuditCheckpoint> checkpointAt = new LinkedHashMap<>();
        for (AuditCheckpoint checkpoint : checkpoints) {
            if (!checkpoint.signedBy(key)) {
                throw new Broken(
                        0,
                        "checkpoint line "
                                + checkpoint.line()
                                + " was not signed with this audit key");
            }
            checkpointAt.putIfAbsent(checkpoint.index(), checkpoint);
        }
        int lineNumber = 1;
        Map<String, Object> header = parse(export.readLine(), lineNumber);
        if (!FORMAT.equals(header.get("format")) || !header.keySet().equals(HEADER)) {
            throw new Broken(lineNumber, "this is not an OpenIOP audit export (" + FORMAT + ")");
        }
        long first = number(header, "firstIndex", lineNumber);
        String previous = text(header, "previousLink", lineNumber);
        String link = previous;
        long expected = first;
        long events = 0;
        String line;
        while ((line = export.readLine()) != null) {
            lineNumber++;
            Map<String, Object> fields = parse(line, lineNumber);
            if (fields.containsKey("end")) {
                if (!fields.keySet().equals(END)
                        || !Boolean.TRUE.equals(fields.get("end"))
                        || number(fields, "events", lineNumber) != events
                        || !link.equals(fields.get("lastLink"))
                        || !AuditKey.same(
                                key.exportSignature(
                                        text(header, "from", 1),
                                        text(header, "to", 1),
                                        first,
                                        previous,
                                        events,
                                        link),
                                (String) fields.get("signature"))) {
                    throw new Broken(
                            lineNumber,
                            "the end line does not match the events before it (events were cut off"
                                    + " or added)");
                }
                if (export.readLine() != null) {
                    throw new Broken(lineNumber + 1, "there is text after the end line");
                }
                return events;
            }
            if (!fields.keySet().equals(EVENT)) {
                throw new Broken(lineNumber, "an event line needs exactly the fields " + EVENT);
            }
            long index = number(fields, "index", lineNumber);
            if (index != expected) {
                throw new Broken(
                        lineNumber,
                        "expected event " + expected + " of the chain but found " + index);
            }
            AuditRecord event = record(fields, lineNumber);
            Object writer = fields.get("writer");
            String expectedMark =
                    writer == null
                            ? key.legacyMark(number(fields, "seq", lineNumber), event)
                            : key.eventMark(
                                    text(fields, "writer", lineNumber),
                                    number(fields, "number", lineNumber),
                                    event);
            String mark = text(fields, "mark", lineNumber);
            if (!AuditKey.same(expectedMark, mark)) {
                throw new Broken(
                        lineNumber, "event " + index + " was changed (its mark does not match)");
            }
            String stored = text(fields, "link", lineNumber);
            if (!AuditKey.same(
                    key.link(link, index, number(fields, "seq", lineNumber), mark), stored)) {
                throw new Broken(
                        lineNumber,
                        "event " + index + "'s link does not follow from the event before it");
            }
            AuditCheckpoint checkpoint = checkpointAt.get(index);
            if (checkpoint != null && !checkpoint.link().equals(stored)) {
                throw new Broken(
                        lineNumber,
                        "event "
                                + index
                                + " differs from the checkpoint signed at "
                                + checkpoint.at());
            }
            link = stored;
            expected++;
            events++;
        }
        throw new Broken(lineNumber, "the export has no end line (it was cut short)");
    }

    private static Map<String, Object> parse(String line, int number) {
        if (line == null) {
            throw new Broken(number, "the export is empty");
        }
        try {
            return FlatJson.read(line);
        } catch (IllegalArgumentException e) {
            throw new Broken(number, "not a line of an audit export: " + e.getMessage());
        }
    }

    private static AuditRecord record(Map<String, Object> fields, int line) {
        String occurredAt = text(fields, "occurredAt", line);
        try {
            Instant at = Instant.parse(occurredAt);
            if (!at.toString().equals(occurredAt)) {
                throw new Broken(
                        line,
                        "the time " + occurredAt + " is not written the way OpenIOP writes it");
            }
            return new AuditRecord(
                    at,
                    (String) fields.get("actor"),
                    (String) fields.get("action"),
                    (String) fields.get("target"),
                    (String) fields.get("purpose"),
                    (String) fields.get("outcome"));
        } catch (DateTimeParseException | IllegalArgumentException | ClassCastException e) {
            throw new Broken(line, "the event's fields are not valid (" + e.getMessage() + ")");
        }
    }

    private static String text(Map<String, Object> fields, String name, int line) {
        if (fields.get(name) instanceof String value) {
            return value;
        }
        throw new Broken(line, "\"" + name + "\" is missing or not text");
    }

    private static long number(Map<String, Object> fields, String name, int line) {
        if (fields.get(name) instanceof Long value) {
            return value;
        }
        throw new Broken(line, "\"" + name + "\" is missing or not a number");
    }

    /** The export does not verify; the message names the line. */
    public static final class Broken extends RuntimeException {

        private final int line;

        Broken(int line, String problem) {
            super(line > 0 ? "line " + line + ": " + problem : problem);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }
}
