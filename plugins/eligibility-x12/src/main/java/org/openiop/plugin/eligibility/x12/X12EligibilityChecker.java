package org.openiop.plugin.eligibility.x12;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.openiop.plugin.spi.EligibilityChecker;
import org.openiop.plugin.spi.EligibilityRequest;
import org.openiop.plugin.spi.EligibilityResponse;
import org.openiop.plugin.spi.EligibilityStatus;
import org.openiop.plugin.spi.PluginException;

/**
 * One real-time 270/271 exchange per check. Every way it can fail (the clearinghouse does not
 * answer in time, answers an HTTP error, or answers something that is not a usable 271) comes back
 * as UNKNOWN or ERROR with a reason, never as an exception and never as ACTIVE.
 */
final class X12EligibilityChecker implements EligibilityChecker {

    static final String MEDIA_TYPE = "application/EDI-X12";

    private final X12Settings settings;
    private final HttpClient http;
    private final Clock clock;
    private final AtomicInteger controlNumbers;
    private final Inquiry270 writer;
    private final Interchange reader;

    X12EligibilityChecker(
            X12Settings settings, HttpClient http, Clock clock, AtomicInteger controlNumbers) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
        this.controlNumbers = controlNumbers;
        this.writer = new Inquiry270(settings);
        this.reader = new Interchange();
    }

    @Override
    public EligibilityResponse check(EligibilityRequest request) {
        Inquiry270.Written inquiry;
        try {
            inquiry = writer.write(request, nextControlNumber(), LocalDateTime.now(clock));
        } catch (PluginException e) {
            return new EligibilityResponse(
                    EligibilityStatus.ERROR, List.of(), List.of(), e.getMessage());
        }
        HttpRequest.Builder post =
                HttpRequest.newBuilder(settings.endpoint())
                        .timeout(settings.timeout())
                        .header("Content-Type", MEDIA_TYPE)
                        .POST(HttpRequest.BodyPublishers.ofString(inquiry.text()));
        if (settings.authorization() != null) {
            post.header("Authorization", settings.authorization());
        }
        HttpResponse<byte[]> answer;
        try {
            answer = send(post.build());
        } catch (HttpTimeoutException e) {
            return EligibilityResponse.unknown(
                    "The clearinghouse did not answer within "
                            + settings.timeout().toSeconds()
                            + " s; try again later.");
        } catch (IOException e) {
            return EligibilityResponse.unknown(
                    "The clearinghouse could not be reached ("
                            + e.getClass().getSimpleName()
                            + "); try again later.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EligibilityResponse.unknown("The check was interrupted.");
        }
        if (answer.statusCode() != 200) {
            return EligibilityResponse.unknown(
                    "The clearinghouse answered HTTP "
                            + answer.statusCode()
                            + "; try again later.");
        }
        try {
            return Benefits271.map(reader.read(answer.body(), "271"), request);
        } catch (X12Exception e) {
            return new EligibilityResponse(
                    EligibilityStatus.ERROR, List.of(), List.of(), e.getMessage());
        }
    }

    /**
     * Sends once more when the connection fails before any answer (a pooled connection the server
     * had just closed): an eligibility inquiry changes nothing at the payer, so repeating it is
     * safe.
     */
    private HttpResponse<byte[]> send(HttpRequest request)
            throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw e;
        } catch (IOException e) {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    /** ISA13/GS06: 1 to 999,999,999, then round again. */
    private int nextControlNumber() {
        return controlNumbers.updateAndGet(n -> n >= 999_999_999 ? 1 : n + 1);
    }
}
