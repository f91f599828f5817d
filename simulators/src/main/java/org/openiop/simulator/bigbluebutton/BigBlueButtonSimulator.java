package org.openiop.simulator.bigbluebutton;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for a BigBlueButton server's API, for tests and demos where none runs: it checks
 * every call's checksum as bbb-web does (call name + query without checksum + secret, digest by its
 * length) and answers create with the XML shape of the API documentation. It keeps no meetings. It
 * checks with its own code, not the plugin's, so that a wrong checksum in the plugin fails here.
 *
 * <p>{@code java -cp openiop-simulators.jar
 * org.openiop.simulator.bigbluebutton.BigBlueButtonSimulator PORT SECRET}
 */
public class BigBlueButtonSimulator implements AutoCloseable {

    /** Every call's name and query as received, for tests to inspect. */
    public final List<String> queries = new CopyOnWriteArrayList<>();

    private final String secret;
    private final HttpServer server;
    private final AtomicLong createTime = new AtomicLong(1_700_000_000_000L);

    /** On 127.0.0.1; port 0 picks a free one. */
    public BigBlueButtonSimulator(int port, String secret) throws IOException {
        this.secret = secret;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/bigbluebutton/api/", this::handle);
        server.start();
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: BigBlueButtonSimulator PORT SHARED-SECRET");
            System.exit(2);
        }
        BigBlueButtonSimulator simulator =
                new BigBlueButtonSimulator(Integer.parseInt(args[0]), args[1]);
        System.out.println("BigBlueButton API simulator: server-url " + simulator.url());
    }

    /** The server address to configure as the plugin's server-url. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/bigbluebutton/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        String call = exchange.getRequestURI().getPath().replaceFirst(".*/api/", "");
        String raw = exchange.getRequestURI().getRawQuery();
        queries.add(call + "?" + raw);
        int at = raw.lastIndexOf("&checksum=");
        String xml;
        if (at < 0 || !valid(call, raw.substring(0, at), raw.substring(at + 10))) {
            xml =
                    "<response><returncode>FAILED</returncode><messageKey>checksumError</messageKey><message>You"
                        + " did not pass the checksum security check</message></response>";
        } else if (call.equals("create")) {
            xml =
                    "<response><returncode>SUCCESS</returncode><meetingID>"
                            + parameter(raw, "meetingID")
                            + "</meetingID>"
                            + "<internalMeetingID>0b8b3d-"
                            + createTime.get()
                            + "</internalMeetingID><parentMeetingID>bbb-none"
                            + "</parentMeetingID><createTime>"
                            + createTime.incrementAndGet()
                            + "</createTime><voiceBridge>70757"
                            + "</voiceBridge><hasBeenForciblyEnded>false</hasBeenForciblyEnded><messageKey></messageKey><message>"
                            + "</message></response>";
        } else {
            xml =
                    "<response><returncode>FAILED</returncode><messageKey>notFound</messageKey></response>";
        }
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /**
     * bbb-web's check: the hex digest of call name + query + secret, the algorithm told by the
     * digest's length (SHA-1, or SHA-256/384/512 since 2.5).
     */
    private boolean valid(String call, String query, String checksum) {
        String algorithm =
                switch (checksum.length()) {
                    case 40 -> "SHA-1";
                    case 64 -> "SHA-256";
                    case 96 -> "SHA-384";
                    case 128 -> "SHA-512";
                    default -> null;
                };
        if (algorithm == null) {
            return false;
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance(algorithm)
                            .digest((call + query + secret).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).equals(checksum);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm, e);
        }
    }

    /** The first value of a form-encoded parameter, or "" when the query has none. */
    private static String parameter(String query, String name) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
