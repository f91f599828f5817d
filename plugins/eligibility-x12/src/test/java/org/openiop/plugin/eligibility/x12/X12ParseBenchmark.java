package org.openiop.plugin.eligibility.x12;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openiop.plugin.spi.EligibilityRequest;
import org.openiop.plugin.spi.EligibilityResponse;
import org.openiop.plugin.spi.EligibilityStatus;

/**
 * 271 documents per second: the plugin (StAEDI with envelope checks, then mapping to benefits and
 * rejections) next to StAEDI alone reading the same bytes and touching every event, without
 * mapping, in the same JVM. Not a test: {@code ./openiop bench x12} runs it.
 *
 * <p>Arguments: documents per round (default 20,000) and rounds (default 7; the median is reported
 * after two warm-up rounds).
 */
public final class X12ParseBenchmark {

    private X12ParseBenchmark() {}

    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        byte[] active = Interchange271Test.ACTIVE.getBytes(StandardCharsets.US_ASCII);
        EligibilityRequest request =
                new EligibilityRequest(
                        "99999",
                        "Example Health Plan",
                        new EligibilityRequest.Member(
                                "W123456789", "Jane", "Doe", LocalDate.of(1980, 1, 1)),
                        List.of("MH"),
                        LocalDate.of(2026, 1, 15),
                        "IOP0001");
        Interchange plugin = new Interchange();
        Schema control = SchemaFactory.newFactory().getControlSchema("X12", new String[] {"00501"});
        EDIInputFactory raw = EDIInputFactory.newFactory();

        List<Double> mapped = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int r = 0; r < rounds + 2; r++) {
            long t0 = System.nanoTime();
            int activeCount = 0;
            for (int i = 0; i < docs; i++) {
                EligibilityResponse response = Benefits271.map(plugin.read(active, "271"), request);
                if (response.status() == EligibilityStatus.ACTIVE) {
                    activeCount++;
                }
            }
            long t1 = System.nanoTime();
            long events = 0;
            for (int i = 0; i < docs; i++) {
                try (EDIStreamReader reader =
                        raw.createEDIStreamReader(new ByteArrayInputStream(active), control)) {
                    while (reader.hasNext()) {
                        reader.next();
                        events++;
                    }
                }
            }
            long t2 = System.nanoTime();
            if (activeCount != docs || events == 0) {
                throw new IllegalStateException("the benchmark's 271 did not read as active");
            }
            if (r >= 2) {
                mapped.add(docs / ((t1 - t0) / 1e9));
                bare.add(docs / ((t2 - t1) / 1e9));
            }
        }
        System.out.printf(
                "%n271 parsing, %,d documents per round, median of %d rounds after 2 warm-up rounds"
                        + " (%d bytes each):%n",
                docs, rounds, active.length);
        System.out.printf(
                "  %-58s %,10.0f documents/s%n",
                "eligibility-x12 (StAEDI + envelope checks + mapping)", median(mapped));
        System.out.printf(
                "  %-58s %,10.0f documents/s%n",
                "baseline: StAEDI alone, every event, no mapping", median(bare));
        System.out.printf(
                "  the plugin runs at %.0f%% of the library's own speed%n",
                100 * median(mapped) / median(bare));
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
