package org.openiop.plugin.eligibility.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;
import org.openiop.plugin.spi.EligibilityChecker;
import org.openiop.plugin.spi.EligibilityRequest;
import org.openiop.plugin.spi.EligibilityResponse;
import org.openiop.plugin.spi.EligibilityStatus;

/**
 * One POST of the request Bundle to {@code [base]/CoverageEligibilityRequest/$submit}. A timeout, a
 * transport failure, an HTTP error without an OperationOutcome, or an answer HAPI cannot parse is
 * UNKNOWN or ERROR with a reason, never an exception and never ACTIVE.
 */
final class FhirEligibilityChecker implements EligibilityChecker {

    static final String FHIR_JSON = "application/fhir+json";

    private final FhirSettings settings;
    private final FhirContext fhir;
    private final HttpClient http;
    private final Clock clock;

    FhirEligibilityChecker(FhirSettings settings, FhirContext fhir, HttpClient http, Clock clock) {
        this.settings = settings;
        this.fhir = fhir;
        this.http = http;
        this.clock = clock;
    }

    @Override
    public EligibilityResponse check(EligibilityRequest request) {
        // Parsers are cheap and not thread-safe; the context is shared and is.
        IParser json = fhir.newJsonParser();
        String body =
                json.encodeResourceToString(
                        EligibilityBundle.of(request, settings, Date.from(clock.instant())));
        HttpRequest.Builder post =
                HttpRequest.newBuilder(
                                URI.create(settings.base() + "/CoverageEligibilityRequest/$submit"))
                        .timeout(settings.timeout())
                        .header("Content-Type", FHIR_JSON)
                        .header("Accept", FHIR_JSON)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (settings.authorization() != null) {
            post.header("Authorization", settings.authorization());
        }
        HttpResponse<String> answer;
        try {
            answer = send(post.build());
        } catch (HttpTimeoutException e) {
            return EligibilityResponse.unknown(
                    "The payer did not answer within "
                            + settings.timeout().toSeconds()
                            + " s; try again later.");
        } catch (IOException e) {
            return EligibilityResponse.unknown(
                    "The payer could not be reached ("
                            + e.getClass().getSimpleName()
                            + "); try again later.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EligibilityResponse.unknown("The check was interrupted.");
        }
        IBaseResource resource;
        try {
            resource = json.parseResource(answer.body());
        } catch (DataFormatException | IllegalArgumentException e) {
            return answer.statusCode() >= 500
                    ? EligibilityResponse.unknown(
                            "The payer answered HTTP " + answer.statusCode() + "; try again later.")
                    : new EligibilityResponse(
                            EligibilityStatus.ERROR,
                            List.of(),
                            List.of(),
                            "The payer's answer (HTTP "
                                    + answer.statusCode()
                                    + ") is not FHIR JSON.");
        }
        return EligibilityAnswer.read((Resource) resource);
    }

    /**
     * Sends once more when the connection fails before any answer (a pooled connection the payer
     * had just closed): an eligibility inquiry changes nothing at the payer, so repeating it is
     * safe.
     */
    private HttpResponse<String> send(HttpRequest request)
            throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw e;
        } catch (IOException e) {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
