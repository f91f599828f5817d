package org.openiop.simulator.x12;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.openiop.simulator.x12.Received270.Segment;

/**
 * A local payer behind a clearinghouse endpoint, for the quick start, the tests and the benchmark.
 * It reads each 270 (envelopes checked, as a clearinghouse would), picks a fixture 271 by the start
 * of the member id ({@code members.tsv}), fills in what a payer echoes (trace, names, ids) and
 * wraps it in envelopes that answer the 270's. {@code GET /requests} tells how many 270s arrived,
 * ({@code GET /requests?member=ID}: for one member id), so a test can prove that a refused check
 * sent nothing.
 *
 * <p>Run it alone: {@code java -cp openiop-simulators.jar:lib/*
 * org.openiop.simulator.x12.PayerSimulator 8290}
 */
public final class PayerSimulator implements AutoCloseable {

    /** The 271's media type and implementation guide, as the plugin sends and expects them. */
    private static final String MEDIA_TYPE = "application/EDI-X12";

    private static final String VERSION = "005010X279A1";

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private final HttpServer server;
    private final ExecutorService workers;
    private final Duration hang;

    /**
     * How long a "slow" member's answer takes: long enough that a batch of them lasts while a test
     * kills a node, shorter than the one-second plugin timeout the tests set.
     */
    private static final Duration SLOW = Duration.ofMillis(500);

    private final Map<String, String> routes = loadRoutes();
    private final Map<String, String> fixtures = new HashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, AtomicInteger> byMember =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Inquiries by their TRN trace number: a repeated inquiry reuses its trace. */
    private final Map<String, AtomicInteger> byTrace =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final AtomicInteger controlNumbers = new AtomicInteger(500_000_000);

    private PayerSimulator(int port, Duration hang) throws IOException {
        this.hang = hang;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        workers = Executors.newFixedThreadPool(32);
        server.setExecutor(workers);
        server.createContext("/x12", this::answer);
        server.createContext("/requests", this::count);
        server.start();
    }

    /**
     * Starts a simulator on this port (0 for any free one); "hang" members get no answer for that
     * long.
     */
    public static PayerSimulator start(int port, Duration hang) throws IOException {
        return new PayerSimulator(port, hang);
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8290;
        PayerSimulator simulator = start(port, Duration.ofSeconds(120));
        System.out.println("X12 payer simulator: POST 270s to " + simulator.endpoint());
    }

    /** Where to POST 270s. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/x12";
    }

    /** How many 270s arrived so far. */
    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * How many 270s arrived: all of them, or {@code ?member=ID} for one member id, or {@code
     * ?trace=TRN} under one trace number.
     */
    private void count(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String[] pair = query == null ? new String[0] : query.split("=", 2);
        String value =
                pair.length == 2 ? java.net.URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "";
        int n =
                switch (pair.length == 2 ? pair[0] : "") {
                    case "member" -> byMember.getOrDefault(value, new AtomicInteger()).get();
                    case "trace" -> byTrace.getOrDefault(value, new AtomicInteger()).get();
                    default -> requests.get();
                };
        reply(exchange, 200, "text/plain", String.valueOf(n));
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                reply(exchange, 405, "text/plain", "POST a 270.");
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.incrementAndGet();
            List<Segment> inquiry;
            try {
                inquiry = Received270.read(body);
            } catch (IllegalArgumentException e) {
                reply(exchange, 400, "text/plain", e.getMessage());
                return;
            }
            Map<String, String> values = echoed(inquiry);
            byMember.computeIfAbsent(values.get("MEMBER"), k -> new AtomicInteger())
                    .incrementAndGet();
            byTrace.computeIfAbsent(String.valueOf(values.get("TRACE")), k -> new AtomicInteger())
                    .incrementAndGet();
            String answer =
                    routes.entrySet().stream()
                            .filter(r -> values.get("MEMBER").startsWith(r.getKey()))
                            .map(Map.Entry::getValue)
                            .findFirst()
                            .orElse("aaa-75");
            switch (answer) {
                case "hang" -> {
                    pause(hang);
                    reply(exchange, 504, "text/plain", "The payer did not answer.");
                }
                case "slow" -> {
                    pause(SLOW);
                    reply(exchange, 200, MEDIA_TYPE, interchange("active", values));
                }
                case "http-500" -> reply(exchange, 500, "text/plain", "Clearinghouse error.");
                default -> reply(exchange, 200, MEDIA_TYPE, interchange(answer, values));
            }
        }
    }

    /**
     * What a payer echoes from the 270: envelope ids, trace, payer, provider and the person as
     * asked.
     */
    private static Map<String, String> echoed(List<Segment> inquiry) {
        Map<String, String> v = new HashMap<>();
        String level = "";
        for (Segment s : inquiry) {
            switch (s.tag()) {
                case "ISA" -> {
                    v.put("ISA_SENDER_Q", s.get(5));
                    v.put("ISA_SENDER", s.get(6).trim());
                    v.put("ISA_RECEIVER_Q", s.get(7));
                    v.put("ISA_RECEIVER", s.get(8).trim());
                    v.put("USAGE", s.get(15));
                }
                case "BHT" -> v.put("BHT03", s.get(3));
                case "HL" -> level = s.get(3);
                case "TRN" -> {
                    v.put("TRACE", s.get(2));
                    v.put("ORIGINATOR", s.get(3));
                }
                case "NM1" -> {
                    switch (s.get(1)) {
                        case "PR" -> {
                            v.put("PAYER_NAME", s.get(3));
                            v.put("PAYER_ID", s.get(9));
                        }
                        case "1P" -> {
                            v.put("PROVIDER", s.get(3));
                            v.put("NPI", s.get(9));
                        }
                        case "IL" -> {
                            v.put("SUB_LAST", s.get(3));
                            v.put("SUB_FIRST", s.get(4));
                            v.put("LAST", s.get(3));
                            v.put("FIRST", s.get(4));
                            v.put("MEMBER", s.get(9));
                        }
                        case "03" -> {
                            v.put("LAST", s.get(3));
                            v.put("FIRST", s.get(4));
                        }
                        default -> {}
                    }
                }
                case "DMG" -> {
                    if (level.equals("23") || !v.containsKey("DOB")) {
                        v.put("DOB", s.get(2));
                    }
                }
                default -> {}
            }
        }
        v.putIfAbsent("MEMBER", "");
        v.putIfAbsent("DOB", "");
        return v;
    }

    private String interchange(String fixture, Map<String, String> values) {
        String text = fixtures.computeIfAbsent(fixture, PayerSimulator::load);
        LocalDateTime now = LocalDateTime.now();
        Map<String, String> v = new HashMap<>(values);
        v.put("DATE8", now.format(CCYYMMDD));
        v.put("TIME", now.format(HHMM));
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || (line.contains("{DOB}") && v.get("DOB").isEmpty())) {
                continue;
            }
            for (Map.Entry<String, String> e : v.entrySet()) {
                line =
                        line.replace(
                                "{" + e.getKey() + "}", e.getValue() == null ? "" : e.getValue());
            }
            lines.add(line);
        }
        // SE01 counts what is sent, except in the fixtures that are wrong on purpose.
        if (!fixture.startsWith("bad-")) {
            lines.set(lines.size() - 1, "SE*" + lines.size() + "*0001~");
        }
        int control = controlNumbers.incrementAndGet();
        String isa13 = String.format("%09d", control);
        // The answer goes back the other way: the 270's receiver sends, its sender receives.
        String isa =
                "ISA*00*"
                        + pad("", 10)
                        + "*00*"
                        + pad("", 10)
                        + "*"
                        + v.get("ISA_RECEIVER_Q")
                        + "*"
                        + pad(v.get("ISA_RECEIVER"), 15)
                        + "*"
                        + v.get("ISA_SENDER_Q")
                        + "*"
                        + pad(v.get("ISA_SENDER"), 15)
                        + "*"
                        + now.format(YYMMDD)
                        + "*"
                        + now.format(HHMM)
                        + "*^*00501*"
                        + isa13
                        + "*0*"
                        + v.get("USAGE")
                        + "*:~";
        return isa
                + "\nGS*HB*"
                + v.get("ISA_RECEIVER")
                + "*"
                + v.get("ISA_SENDER")
                + "*"
                + now.format(CCYYMMDD)
                + "*"
                + now.format(HHMM)
                + "*"
                + control
                + "*X*"
                + VERSION
                + "~\n"
                + String.join("\n", lines)
                + "\nGE*1*"
                + control
                + "~\nIEA*1*"
                + isa13
                + "~\n";
    }

    private static String load(String fixture) {
        try (InputStream in = PayerSimulator.class.getResourceAsStream(fixture + ".271")) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + fixture);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> loadRoutes() {
        Map<String, String> routes = new LinkedHashMap<>();
        try (BufferedReader r =
                new BufferedReader(
                        new InputStreamReader(
                                PayerSimulator.class.getResourceAsStream("members.tsv"),
                                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cols = line.split("\t");
                    routes.put(cols[0], cols[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return routes;
    }

    /** Left-justified and space-padded, for the ISA's fixed-width elements. */
    private static String pad(String value, int width) {
        return String.format("%-" + width + "s", value);
    }

    private static void reply(HttpExchange exchange, int status, String type, String text)
            throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
