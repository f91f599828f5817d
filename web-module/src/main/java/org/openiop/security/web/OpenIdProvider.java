package org.openiop.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Keycloak as the console's and portal's OpenID Provider: where its endpoints are (from the realm's
 * discovery document), the keys it signs with (its JWKS), and the two back-channel calls a
 * confidential client makes, exchanging a code (with the PKCE verifier) and refreshing tokens. The
 * client authenticates with its secret in HTTP Basic (RFC 6749 2.3.1).
 */
@ApplicationScoped
public class OpenIdProvider {

    private static final Duration CONNECT = Duration.ofSeconds(3);
    private static final Duration ANSWER = Duration.ofSeconds(5);

    /**
     * An unknown key id makes us fetch the JWKS again, but not more often than this (key rotation,
     * not a flood).
     */
    private static final Duration KEYS_REFETCH = Duration.ofSeconds(30);

    @Inject KeycloakSettings settings;

    @Inject KeycloakAvailability availability;

    private final HttpClient http =
            HttpClient.newBuilder()
                    .connectTimeout(CONNECT)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

    private volatile Endpoints endpoints;
    private volatile Map<String, PublicKey> keys = Map.of();

    /** The time, for key refetching; a test moves it on. */
    Clock clock = Clock.systemUTC();

    private final Object keysLock = new Object();
    private Instant keysFetched = Instant.EPOCH; // guarded by keysLock
    private boolean keysUnreadable; // guarded by keysLock

    /** The parts of the discovery document OpenIOP uses. */
    record Endpoints(String issuer, URI authorization, URI token, URI jwks, URI endSession) {}

    /** Keycloak's answer to a code exchange or a refresh. */
    record Tokens(String idToken, String refreshToken, Instant accessExpiresAt) {}

    String clientId() {
        return settings.getClientId();
    }

    Endpoints endpoints() throws SignInRefused {
        Endpoints known = endpoints;
        if (known == null) {
            JsonObject discovery =
                    getJson(
                            URI.create(settings.getDiscoveryUri()),
                            "the realm's discovery document");
            try {
                known =
                        new Endpoints(
                                discovery.getString("issuer"),
                                URI.create(discovery.getString("authorization_endpoint")),
                                URI.create(discovery.getString("token_endpoint")),
                                URI.create(discovery.getString("jwks_uri")),
                                URI.create(discovery.getString("end_session_endpoint")));
            } catch (NullPointerException | ClassCastException | IllegalArgumentException e) {
                throw SignInRefused.unavailable(
                        "Keycloak's discovery document lacks an endpoint OpenIOP needs", e);
            }
            if (!known.issuer().equals(settings.getProviderUri())) {
                // Not our realm: a misconfigured URL, and no reason to trust what it signs.
                throw SignInRefused.unavailable(
                        "Keycloak names its issuer differently from openiop.keycloak.url", null);
            }
            endpoints = known;
        }
        return known;
    }

    /**
     * The address to send the browser to: code flow with PKCE (S256), state and nonce; with {@code
     * kcAction}, Keycloak runs that action (an application-initiated action such as CONFIGURE_TOTP)
     * for the signed-in user on the way.
     */
    URI authorizationRequest(
            String redirectUri, String state, String nonce, String codeChallenge, String kcAction)
            throws SignInRefused {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("response_type", "code");
        parameters.put("client_id", clientId());
        parameters.put("redirect_uri", redirectUri);
        parameters.put("scope", "openid profile");
        parameters.put("state", state);
        parameters.put("nonce", nonce);
        parameters.put("code_challenge", codeChallenge);
        parameters.put("code_challenge_method", Pkce.METHOD);
        if (kcAction != null) {
            parameters.put("kc_action", kcAction);
        }
        return URI.create(endpoints().authorization() + "?" + form(parameters));
    }

    Tokens exchange(String code, String redirectUri, String codeVerifier) throws SignInRefused {
        return tokens(
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "redirect_uri",
                        redirectUri,
                        "code_verifier",
                        codeVerifier),
                "exchange the sign-in code");
    }

    Tokens refresh(String refreshToken) throws SignInRefused {
        return tokens(
                Map.of("grant_type", "refresh_token", "refresh_token", refreshToken),
                "renew the sign-in");
    }

    private Tokens tokens(Map<String, String> grant, String purpose) throws SignInRefused {
        HttpRequest request =
                HttpRequest.newBuilder(endpoints().token())
                        .timeout(ANSWER)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Authorization", "Basic " + clientCredentials())
                        .POST(HttpRequest.BodyPublishers.ofString(form(grant)))
                        .build();
        HttpResponse<String> response = send(request, purpose);
        if (response.statusCode() >= 500) {
            throw SignInRefused.unavailable(
                    "Keycloak answered " + response.statusCode() + " when asked to " + purpose,
                    null);
        }
        JsonObject body = parse(response.body(), "its token answer");
        if (response.statusCode() != 200) {
            // Keycloak's error code only ("invalid_grant"): its description may name the user.
            throw new SignInRefused(
                    "Keycloak refused to "
                            + purpose
                            + ": "
                            + body.getString("error", String.valueOf(response.statusCode())));
        }
        long expiresIn =
                body.containsKey("expires_in") ? body.getJsonNumber("expires_in").longValue() : 0;
        return new Tokens(
                body.getString("id_token", null),
                body.getString("refresh_token", null),
                Instant.now().plusSeconds(expiresIn));
    }

    /**
     * Ends the Keycloak session this refresh token belongs to, over the back channel (Keycloak's
     * logout endpoint accepts a confidential client's refresh token).
     */
    void endSession(String refreshToken) throws SignInRefused {
        HttpRequest request =
                HttpRequest.newBuilder(endpoints().endSession())
                        .timeout(ANSWER)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Authorization", "Basic " + clientCredentials())
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        form(Map.of("refresh_token", refreshToken))))
                        .build();
        HttpResponse<String> response = send(request, "end the session");
        if (response.statusCode() != 204 && response.statusCode() != 200) {
            throw new SignInRefused(
                    "Keycloak answered " + response.statusCode() + " when asked to end a session");
        }
    }

    /** RFC 6749 2.3.1: id and secret are form-encoded before they are joined and base64-encoded. */
    private String clientCredentials() {
        String pair = encode(clientId()) + ":" + encode(settings.getClientSecret());
        return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The RS256 key Keycloak publishes under {@code keyId}. Known keys are kept, so tokens signed
     * with them go on verifying while Keycloak is down; an unknown id (Keycloak rotated its keys)
     * makes us read the JWKS again, once for everyone waiting and at most every {@link
     * #KEYS_REFETCH}, whether that read worked or not.
     */
    Optional<PublicKey> signingKey(String keyId) throws SignInRefused {
        PublicKey key = keys.get(keyId);
        if (key != null) {
            return Optional.of(key);
        }
        synchronized (keysLock) {
            key = keys.get(keyId);
            if (key != null) {
                return Optional.of(key);
            }
            Instant now = clock.instant();
            if (!keysFetched.plus(KEYS_REFETCH).isAfter(now)) {
                keysFetched = now;
                keysUnreadable = true;
                keys = fetchKeys();
                keysUnreadable = false;
                return Optional.ofNullable(keys.get(keyId));
            }
            if (keysUnreadable) {
                throw SignInRefused.unavailable(
                        "Keycloak's signing keys could not be read a moment ago", null);
            }
        }
        // Read a moment ago, and not asked again so soon. While Keycloak does not answer, a key it
        // added since cannot be ruled out: unavailable, not a bad token (asked outside the lock;
        // the availability check asks Keycloak at most every few seconds).
        if (!availability.isUp()) {
            throw SignInRefused.unavailable(
                    "Keycloak does not answer, so a key it added since cannot be read", null);
        }
        return Optional.empty();
    }

    private Map<String, PublicKey> fetchKeys() throws SignInRefused {
        JsonObject jwks = getJson(endpoints().jwks(), "the realm's signing keys");
        Map<String, PublicKey> found = new LinkedHashMap<>();
        try {
            for (var value : jwks.getJsonArray("keys")) {
                JsonObject jwk = value.asJsonObject();
                boolean forSigning =
                        "RSA".equals(jwk.getString("kty", ""))
                                && "sig".equals(jwk.getString("use", "sig"))
                                && "RS256".equals(jwk.getString("alg", "RS256"));
                if (forSigning && jwk.containsKey("kid")) {
                    found.put(jwk.getString("kid"), rsaKey(jwk.getString("n"), jwk.getString("e")));
                }
            }
        } catch (NullPointerException
                | ClassCastException
                | IllegalArgumentException
                | GeneralSecurityException e) {
            throw SignInRefused.unavailable("Keycloak's signing keys cannot be read", e);
        }
        return Map.copyOf(found);
    }

    private static PublicKey rsaKey(String modulus, String exponent)
            throws GeneralSecurityException {
        Base64.Decoder base64url = Base64.getUrlDecoder();
        return KeyFactory.getInstance("RSA")
                .generatePublic(
                        new RSAPublicKeySpec(
                                new BigInteger(1, base64url.decode(modulus)),
                                new BigInteger(1, base64url.decode(exponent))));
    }

    private JsonObject getJson(URI uri, String what) throws SignInRefused {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(uri).timeout(ANSWER).GET().build(), "read " + what);
        if (response.statusCode() != 200) {
            throw SignInRefused.unavailable(
                    "Keycloak answered " + response.statusCode() + " for " + what, null);
        }
        return parse(response.body(), what);
    }

    private HttpResponse<String> send(HttpRequest request, String purpose) throws SignInRefused {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw SignInRefused.unavailable("Keycloak could not be reached to " + purpose, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SignInRefused.unavailable("interrupted while asking Keycloak to " + purpose, e);
        }
    }

    private static JsonObject parse(String body, String what) throws SignInRefused {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw SignInRefused.unavailable("Keycloak's answer for " + what + " is not JSON", e);
        }
    }

    static String form(Map<String, String> fields) {
        StringJoiner joined = new StringJoiner("&");
        fields.forEach((name, value) -> joined.add(encode(name) + "=" + encode(value)));
        return joined.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
