package org.openiop.simulator.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.CoverageEligibilityRequest;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * An in-process FHIR payer for the tests and the quick start: {@code POST
 * /fhir/CoverageEligibilityRequest/$submit} parses the Bundle with HAPI, checks that it holds a
 * CoverageEligibilityRequest and a Coverage, and answers by the start of the subscriber id: VAL the
 * FHIR R4 specification's example E2500, ACT a benefits answer, INA coverage not in force, AAA75 an
 * error answer, HANG nothing in time, anyone else an OperationOutcome "not found".
 *
 * <p>Run it alone: {@code java -cp openiop-simulators.jar:lib/*
 * org.openiop.simulator.fhir.FhirPayerSimulator 8291}
 */
public final class FhirPayerSimulator implements AutoCloseable {

    private static final String FHIR_JSON = "application/fhir+json";

    /** HAPI's R4 context is costly to make and safe to share. */
    private static final FhirContext R4 = FhirContext.forR4Cached();

    private static final Map<String, String> ROUTES =
            Map.of("VAL", "E2500", "ACT", "benefits", "INA", "inactive", "AAA75", "error");

    private final HttpServer server;
    private final ExecutorService workers;
    private final Duration hang;
    private final AtomicInteger requests = new AtomicInteger();

    private FhirPayerSimulator(int port, Duration hang) throws IOException {
        this.hang = hang;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        workers = Executors.newFixedThreadPool(16);
        server.setExecutor(workers);
        server.createContext("/fhir/CoverageEligibilityRequest/$submit", this::submit);
        server.createContext(
                "/fhir/requests",
                exchange -> reply(exchange, 200, "text/plain", String.valueOf(requests.get())));
        server.start();
    }

    public static FhirPayerSimulator start(int port, Duration hang) throws IOException {
        return new FhirPayerSimulator(port, hang);
    }

    public static void main(String[] args) throws IOException {
        FhirPayerSimulator s =
                start(args.length > 0 ? Integer.parseInt(args[0]) : 8291, Duration.ofSeconds(120));
        System.out.println("FHIR payer simulator: base " + s.base());
    }

    /** The FHIR base address to configure. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
    }

    public int requests() {
        return requests.get();
    }

    private void submit(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            IParser json = R4.newJsonParser();
            Bundle bundle;
            try {
                bundle =
                        json.parseResource(
                                Bundle.class,
                                new String(
                                        exchange.getRequestBody().readAllBytes(),
                                        StandardCharsets.UTF_8));
            } catch (DataFormatException e) {
                reply(
                        exchange,
                        400,
                        FHIR_JSON,
                        outcome(
                                json,
                                OperationOutcome.IssueType.STRUCTURE,
                                "The body is not a FHIR Bundle."));
                return;
            }
            boolean asks =
                    bundle.getEntry().stream()
                            .anyMatch(e -> e.getResource() instanceof CoverageEligibilityRequest);
            String subscriberId =
                    bundle.getEntry().stream()
                            .filter(e -> e.getResource() instanceof Coverage)
                            .map(e -> ((Coverage) e.getResource()).getSubscriberId())
                            .findFirst()
                            .orElse(null);
            if (!asks || subscriberId == null) {
                reply(
                        exchange,
                        400,
                        FHIR_JSON,
                        outcome(
                                json,
                                OperationOutcome.IssueType.REQUIRED,
                                "The Bundle needs a CoverageEligibilityRequest and a Coverage with"
                                        + " a subscriber id."));
                return;
            }
            if (subscriberId.startsWith("HANG")) {
                try {
                    Thread.sleep(hang.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                reply(exchange, 504, "text/plain", "timeout");
                return;
            }
            String fixture =
                    ROUTES.entrySet().stream()
                            .filter(r -> subscriberId.startsWith(r.getKey()))
                            .map(Map.Entry::getValue)
                            .findFirst()
                            .orElse(null);
            if (fixture == null) {
                reply(
                        exchange,
                        404,
                        FHIR_JSON,
                        outcome(
                                json,
                                OperationOutcome.IssueType.NOTFOUND,
                                "No coverage matches the subscriber id."));
                return;
            }
            reply(exchange, 200, FHIR_JSON, load(fixture));
        }
    }

    private static String outcome(IParser json, OperationOutcome.IssueType type, String text) {
        OperationOutcome o = new OperationOutcome();
        o.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(type)
                .getDetails()
                .setText(text);
        return json.encodeResourceToString(o);
    }

    private static String load(String fixture) {
        try (InputStream in = FhirPayerSimulator.class.getResourceAsStream(fixture + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void reply(HttpExchange exchange, int status, String type, String text)
            throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
