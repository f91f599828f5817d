package org.openiop.simulator.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A 270 as the clearinghouse receives it: StAEDI checks its envelopes against X12's 005010 control
 * schema, and the segments come out as tag and elements. The simulator reads with its own code, not
 * the plugin's, so that a mistake in the plugin's envelopes cannot hide behind the same mistake in
 * the reader that answers it.
 */
final class Received270 {

    /** One segment: its tag and its elements' text, first repetition, components joined by ':'. */
    record Segment(String tag, List<String> elements) {

        /** Element {@code position} (1-based), or "" when absent. */
        String get(int position) {
            return position <= elements.size() ? elements.get(position - 1) : "";
        }
    }

    private static final Schema CONTROL;

    static {
        try {
            CONTROL = SchemaFactory.newFactory().getControlSchema("X12", new String[] {"00501"});
        } catch (EDISchemaException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Received270() {}

    /**
     * The interchange's segments, envelopes included, or an {@link IllegalArgumentException} that
     * says what a clearinghouse would refuse.
     */
    static List<Segment> read(byte[] body) {
        List<Segment> read = new ArrayList<>();
        String tag = null;
        List<String> elements = new ArrayList<>();
        EDIInputFactory factory = EDIInputFactory.newFactory();
        try (EDIStreamReader reader =
                factory.createEDIStreamReader(new ByteArrayInputStream(body), CONTROL)) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.START_SEGMENT) {
                    tag = reader.getText();
                    elements = new ArrayList<>();
                } else if (event == EDIStreamEvent.END_SEGMENT) {
                    read.add(new Segment(tag, List.copyOf(elements)));
                } else if (event == EDIStreamEvent.ELEMENT_DATA) {
                    keep(elements, reader);
                } else if (event == EDIStreamEvent.SEGMENT_ERROR
                        || event == EDIStreamEvent.ELEMENT_DATA_ERROR
                        || event == EDIStreamEvent.ELEMENT_OCCURRENCE_ERROR) {
                    throw new IllegalArgumentException(
                            "Rejected: "
                                    + reader.getErrorType()
                                    + " at "
                                    + reader.getLocation().getSegmentTag()
                                    + ".");
                }
            }
        } catch (EDIStreamException | IOException e) {
            throw new IllegalArgumentException("Rejected: not readable X12.", e);
        }
        if (read.stream().noneMatch(s -> s.tag().equals("ST") && s.get(1).equals("270"))) {
            throw new IllegalArgumentException("Rejected: no 270 transaction.");
        }
        return read;
    }

    /** Only each element's first repetition matters to the simulator; components join by ':'. */
    private static void keep(List<String> elements, EDIStreamReader reader) {
        var at = reader.getLocation();
        if (at.getElementOccurrence() > 1) {
            return;
        }
        while (elements.size() < at.getElementPosition()) {
            elements.add("");
        }
        int index = at.getElementPosition() - 1;
        String before = elements.get(index);
        elements.set(
                index,
                at.getComponentPosition() > 1 ? before + ":" + reader.getText() : reader.getText());
    }
}
