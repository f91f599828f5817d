package org.openiop.plugin.eligibility.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a 270 or 271 interchange with StAEDI, which checks the envelopes against X12's control
 * schema: SE01 against the segments counted, SE02/GE02/IEA02 against ST02/GS06/ISA13, and the
 * counts in GE01 and IEA01. Any such error, a second transaction, or a transaction that is not a
 * 271 of 005010X279A1 rejects the whole document, since a half-read answer about coverage is worse
 * than none.
 */
final class Interchange {

    /**
     * X12's envelope schema for 005010, loaded once: loading it costs far more than reading a 271.
     */
    static final Schema CONTROL = controlSchema();

    private final EDIInputFactory factory = EDIInputFactory.newFactory();

    private static Schema controlSchema() {
        try {
            return SchemaFactory.newFactory().getControlSchema("X12", new String[] {"00501"});
        } catch (EDISchemaException e) {
            throw new IllegalStateException("StAEDI has no X12 00501 control schema", e);
        }
    }

    /** The transaction's segments from ST to SE (and the ISA), or a reason it cannot be trusted. */
    List<Segment> read(byte[] document, String expectedType) {
        List<Segment> segments = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int transactions = 0;
        String type = null;
        String version = null;
        boolean inTransaction = false;
        Segment current = null;
        try (EDIStreamReader reader =
                factory.createEDIStreamReader(new ByteArrayInputStream(document), CONTROL)) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_TRANSACTION -> {
                        transactions++;
                        inTransaction = true;
                    }
                    case END_TRANSACTION -> inTransaction = false;
                    case START_SEGMENT ->
                            current =
                                    inTransaction
                                                    || "SE".equals(reader.getText())
                                                    || "ISA".equals(reader.getText())
                                            ? new Segment(reader.getText())
                                            : null;
                    case END_SEGMENT -> {
                        if (current != null) {
                            segments.add(current);
                            if (current.tag.equals("ST")) {
                                type = current.get(1);
                                version = current.get(3);
                            }
                        }
                        current = null;
                    }
                    case ELEMENT_DATA -> {
                        if (current != null) {
                            Location at = reader.getLocation();
                            current.put(
                                    at.getElementPosition(),
                                    at.getElementOccurrence(),
                                    at.getComponentPosition(),
                                    reader.getText());
                        }
                    }
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR ->
                            problems.add(describe(reader));
                    default -> {
                        // loops, composites, envelope boundaries: nothing to keep
                    }
                }
            }
        } catch (EDIStreamException | RuntimeException e) {
            throw new X12Exception(
                    "The " + expectedType + " is not readable X12: " + firstLine(e.getMessage()));
        } catch (IOException e) {
            throw new X12Exception("The " + expectedType + " could not be read.");
        }
        if (!problems.isEmpty()) {
            throw new X12Exception(
                    "The "
                            + expectedType
                            + "'s envelope is wrong, so it was not used: "
                            + String.join("; ", problems)
                            + ".");
        }
        if (transactions != 1) {
            throw new X12Exception(
                    "The "
                            + expectedType
                            + " document holds "
                            + transactions
                            + " transactions; one was expected.");
        }
        if (!expectedType.equals(type) || !Inquiry270.VERSION.equals(version)) {
            throw new X12Exception(
                    "The document is a "
                            + type
                            + " of "
                            + version
                            + ", not a "
                            + expectedType
                            + " of "
                            + Inquiry270.VERSION
                            + ".");
        }
        return segments;
    }

    private static String describe(EDIStreamReader reader) {
        Location at = reader.getLocation();
        String where =
                at.getSegmentTag()
                        + (at.getElementPosition() > 0
                                ? String.format("%02d", at.getElementPosition())
                                : "");
        return switch (reader.getErrorType()) {
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT ->
                    where + " does not match the count of what it closes";
            case CONTROL_REFERENCE_MISMATCH ->
                    where + " does not match the control number it should repeat";
            default ->
                    where
                            + ": "
                            + reader.getErrorType()
                                    .name()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .replace('_', ' ');
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String line = message.lines().findFirst().orElse("");
        // StAEDI quotes the text around a syntax error, which may hold a name or a member id.
        return line.replaceAll("'[^']*'", "'…'").replaceAll("\\d{6,}", "…");
    }
}
