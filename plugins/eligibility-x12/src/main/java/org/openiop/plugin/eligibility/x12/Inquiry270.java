package org.openiop.plugin.eligibility.x12;

import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openiop.plugin.spi.EligibilityRequest;
import org.openiop.plugin.spi.PluginException;

/**
 * Writes a 005010X279A1 270: ISA/GS/ST envelopes around the information source (payer, 2000A),
 * receiver (provider, 2000B), subscriber (2000C) and, for a dependent, 2000D, with one EQ per
 * service type (many payers read only the first of a repeated EQ01). SE01 counts ST to SE, and the
 * control numbers pair up: ISA13 = IEA02, GS06 = GE02, ST02 = SE02.
 */
final class Inquiry270 {

    static final String VERSION = "005010X279A1";
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private final X12Settings settings;
    private final EDIOutputFactory factory;

    Inquiry270(X12Settings settings) {
        this.settings = settings;
        this.factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIStreamConstants.Delimiters.SEGMENT, '~');
        factory.setProperty(EDIStreamConstants.Delimiters.DATA_ELEMENT, '*');
        factory.setProperty(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT, ':');
        factory.setProperty(EDIStreamConstants.Delimiters.REPETITION, '^');
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
    }

    /** The document, and how many segments ST..SE it holds. */
    record Written(String text, int transactionSegments) {}

    Written write(EligibilityRequest request, int controlNumber, LocalDateTime now) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        String isa13 = String.format("%09d", controlNumber);
        String gs06 = String.valueOf(controlNumber);
        String st02 = "0001";
        List<String> types =
                request.serviceTypes().isEmpty() ? settings.serviceTypes() : request.serviceTypes();
        for (String t : types) {
            if (!X12Settings.SERVICE_TYPES.contains(t)) {
                throw new PluginException("Service type " + t + " cannot be asked about.");
            }
        }
        try {
            EDIStreamWriter w =
                    factory.createEDIStreamWriter(out, StandardCharsets.US_ASCII.name());
            // The writer checks the envelope against X12's control schema as it writes it.
            w.setControlSchema(Interchange.CONTROL);
            w.startInterchange();
            segment(
                    w,
                    "ISA",
                    "00",
                    Segments.pad("", 10),
                    "00",
                    Segments.pad("", 10),
                    settings.senderQualifier(),
                    Segments.pad(settings.senderId(), 15),
                    settings.receiverQualifier(),
                    Segments.pad(settings.receiverId(), 15),
                    now.format(YYMMDD),
                    now.format(HHMM),
                    "^",
                    "00501",
                    isa13,
                    "0",
                    settings.usage(),
                    ":");
            segment(
                    w,
                    "GS",
                    "HS",
                    settings.senderId(),
                    settings.receiverId(),
                    now.format(CCYYMMDD),
                    now.format(HHMM),
                    gs06,
                    "X",
                    VERSION);
            int count = 0;
            count += segment(w, "ST", "270", st02, VERSION);
            // BHT03 echoes back in the 271; it is OpenIOP's trace id, which holds no PHI.
            count +=
                    segment(
                            w,
                            "BHT",
                            "0022",
                            "13",
                            request.traceId(),
                            now.format(CCYYMMDD),
                            now.format(HHMM));
            count += segment(w, "HL", "1", "", "20", "1");
            count +=
                    segment(
                            w,
                            "NM1",
                            "PR",
                            "2",
                            Segments.clean(
                                    request.payerName() == null
                                            ? request.payerId()
                                            : request.payerName()),
                            "",
                            "",
                            "",
                            "",
                            "PI",
                            Segments.clean(request.payerId()));
            count += segment(w, "HL", "2", "1", "21", "1");
            count +=
                    segment(
                            w,
                            "NM1",
                            "1P",
                            "2",
                            settings.providerName(),
                            "",
                            "",
                            "",
                            "",
                            "XX",
                            settings.providerNpi());
            boolean dependent = request.forDependent();
            count += segment(w, "HL", "3", "2", "22", dependent ? "1" : "0");
            count += segment(w, "TRN", "1", request.traceId(), settings.originatorId());
            EligibilityRequest.Member subscriber =
                    dependent ? request.subscriber() : request.member();
            count += person(w, "IL", subscriber, true);
            if (!dependent) {
                count += segment(w, "DTP", "291", "D8", request.date().format(CCYYMMDD));
                count += inquiries(w, types);
            } else {
                count += segment(w, "HL", "4", "3", "23", "0");
                count += person(w, "03", request.member(), false);
                count += segment(w, "DTP", "291", "D8", request.date().format(CCYYMMDD));
                count += inquiries(w, types);
            }
            count += 1;
            segment(w, "SE", String.valueOf(count), st02);
            segment(w, "GE", "1", gs06);
            segment(w, "IEA", "1", isa13);
            w.endInterchange();
            w.close();
            return new Written(out.toString(StandardCharsets.US_ASCII), count);
        } catch (EDIStreamException e) {
            throw new PluginException(
                    "The 270 could not be written: " + e.getMessage().replaceAll("\\d{6,}", "…"));
        }
    }

    /**
     * NM1 and DMG for the subscriber (IL, with the member id) or the dependent (03, no id of their
     * own).
     */
    private static int person(
            EDIStreamWriter w, String entity, EligibilityRequest.Member m, boolean withId)
            throws EDIStreamException {
        int n =
                withId
                        ? segment(
                                w,
                                "NM1",
                                entity,
                                "1",
                                Segments.clean(m.lastName()),
                                Segments.clean(m.firstName()),
                                "",
                                "",
                                "",
                                "MI",
                                Segments.clean(m.memberId()))
                        : segment(
                                w,
                                "NM1",
                                entity,
                                "1",
                                Segments.clean(m.lastName()),
                                Segments.clean(m.firstName()));
        if (m.dateOfBirth() != null) {
            n += segment(w, "DMG", "D8", m.dateOfBirth().format(CCYYMMDD));
        }
        return n;
    }

    private static int inquiries(EDIStreamWriter w, List<String> types) throws EDIStreamException {
        int n = 0;
        for (String t : types) {
            n += segment(w, "EQ", t);
        }
        return n;
    }

    /**
     * Writes one segment, dropping trailing empty elements as X12 requires; returns 1 for counting.
     */
    private static int segment(EDIStreamWriter w, String tag, String... elements)
            throws EDIStreamException {
        int last = elements.length;
        while (last > 0 && elements[last - 1].isEmpty()) {
            last--;
        }
        w.writeStartSegment(tag);
        for (int i = 0; i < last; i++) {
            if (elements[i].isEmpty()) {
                w.writeEmptyElement();
            } else {
                w.writeElement(elements[i]);
            }
        }
        w.writeEndSegment();
        return 1;
    }
}
