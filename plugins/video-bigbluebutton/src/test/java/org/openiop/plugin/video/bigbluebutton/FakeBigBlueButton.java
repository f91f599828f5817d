package org.openiop.plugin.video.bigbluebutton;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for a BigBlueButton server's API, since none runs here: it checks every call's
 * checksum as bbb-web does (call name + query without checksum + secret, digest by its length) and
 * answers create with the XML shape of the API documentation.
 */
final class FakeBigBlueButton implements AutoCloseable {

    static final String SECRET = "8cd8ef52e8e101574e400365b55e11a6";

    final List<String> queries = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final AtomicLong createTime = new AtomicLong(1_700_000_000_000L);

    FakeBigBlueButton() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/bigbluebutton/api/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/bigbluebutton/";
    }

    Map<String, String> config() {
        return Map.of("server-url", url(), "shared-secret", SECRET, "callback-url", "https://openiop.example.org/api/video/events");
    }

    private void handle(HttpExchange exchange) throws IOException {
        String call = exchange.getRequestURI().getPath().replaceFirst(".*/api/", "");
        String raw = exchange.getRequestURI().getRawQuery();
        queries.add(call + "?" + raw);
        int at = raw.lastIndexOf("&checksum=");
        String xml;
        if (at < 0 || !valid(call, raw.substring(0, at), raw.substring(at + 10))) {
            xml = "<response><returncode>FAILED</returncode><messageKey>checksumError</messageKey>"
                    + "<message>You did not pass the checksum security check</message></response>";
        } else if (call.equals("create")) {
            Map<String, String> q = Query.parse(raw);
            xml = "<response><returncode>SUCCESS</returncode><meetingID>" + q.get("meetingID") + "</meetingID>"
                    + "<internalMeetingID>0b8b3d-" + createTime.get() + "</internalMeetingID><parentMeetingID>bbb-none"
                    + "</parentMeetingID><createTime>" + createTime.incrementAndGet() + "</createTime><voiceBridge>70757"
                    + "</voiceBridge><hasBeenForciblyEnded>false</hasBeenForciblyEnded><messageKey></messageKey><message>"
                    + "</message></response>";
        } else {
            xml = "<response><returncode>FAILED</returncode><messageKey>notFound</messageKey></response>";
        }
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static boolean valid(String call, String query, String checksum) {
        return Checksum.byHexLength(checksum.length()).map(c -> c.call(call, query, SECRET).equals(checksum)).orElse(false);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
