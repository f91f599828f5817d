package org.openiop.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** What the X12 payer simulator ({@code payer.url}) received, by member id. */
public final class Payer {

    private Payer() {}

    /** How many 270s arrived for this member id. */
    public static int requests(String memberId) {
        return ask("/requests?member=" + memberId);
    }

    /** How many 270s arrived under this TRN trace number. */
    public static int requestsUnderTrace(String trace) {
        return ask("/requests?trace=" + trace);
    }

    private static int ask(String pathAndQuery) {
        String payer = Target.required("payer.url");
        try {
            HttpResponse<String> r =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(URI.create(payer + pathAndQuery))
                                            .timeout(Duration.ofSeconds(5))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
            return Integer.parseInt(r.body().trim());
        } catch (Exception e) {
            throw new AssertionError("the payer simulator does not answer at " + payer, e);
        }
    }
}
