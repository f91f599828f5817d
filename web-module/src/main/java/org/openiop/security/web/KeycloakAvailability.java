package org.openiop.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether Keycloak answers, asked at most every few seconds. Sign-in consults it so that a Keycloak
 * outage shows a plain "sign-in service unavailable" page instead of an error, and readiness
 * reports it.
 */
@ApplicationScoped
public class KeycloakAvailability {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REMEMBER = Duration.ofSeconds(3);

    @Inject KeycloakSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile Status last;

    /** The outcome of one look at Keycloak. {@code reason} is set only when it is down. */
    public record Status(boolean up, String reason, Instant at) {}

    public boolean isUp() {
        return status().up();
    }

    public Status status() {
        Status known = last;
        if (known != null && known.at().plus(REMEMBER).isAfter(Instant.now())) {
            return known;
        }
        Status fresh = probe();
        last = fresh;
        return fresh;
    }

    private Status probe() {
        String discovery = settings.getDiscoveryUri();
        try {
            HttpResponse<Void> response =
                    http.send(
                            HttpRequest.newBuilder(URI.create(discovery))
                                    .timeout(TIMEOUT)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                return new Status(true, null, Instant.now());
            }
            return new Status(
                    false,
                    "Keycloak answered "
                            + response.statusCode()
                            + " for the realm's discovery document at "
                            + discovery,
                    Instant.now());
        } catch (IOException e) {
            return new Status(
                    false,
                    "Keycloak is not reachable at "
                            + discovery
                            + " ("
                            + e.getClass().getSimpleName()
                            + ")",
                    Instant.now());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Status(false, "Interrupted while asking Keycloak", Instant.now());
        }
    }
}
