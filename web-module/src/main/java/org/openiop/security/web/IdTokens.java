package org.openiop.security.web;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Checks an ID token the way OpenID Connect Core 1.0, 3.1.3.7, asks a client to: signed with RS256
 * by a key Keycloak publishes, issued by our realm, for our client, not expired, and carrying the
 * nonce this browser's sign-in sent. Only RS256 is accepted, so a token that says {@code "none"} or
 * a symmetric algorithm is refused before any key is looked at.
 */
final class IdTokens {

    /** How far apart Keycloak's clock and ours may be. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();

    private IdTokens() {}

    /**
     * What a token must say to be ours. {@code nonce} is null for a token that need not carry one.
     */
    record Expected(String issuer, String clientId, String nonce) {}

    /** Finds a signing key by its id; empty when Keycloak does not publish it. */
    @FunctionalInterface
    interface SigningKeys {
        Optional<PublicKey> find(String keyId) throws SignInRefused;
    }

    /** The token's claims, once every check has passed. */
    static JsonObject verify(String token, Expected expected, SigningKeys keys, Instant now)
            throws SignInRefused {
        if (token == null) {
            throw new SignInRefused("no ID token in Keycloak's answer");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new SignInRefused("the ID token is not a signed JWT");
        }
        JsonObject header = json(parts[0], "header");
        if (!"RS256".equals(header.getString("alg", ""))) {
            throw new SignInRefused("the ID token is not signed with RS256");
        }
        String keyId = header.getString("kid", "");
        PublicKey key =
                keys.find(keyId)
                        .orElseThrow(
                                () ->
                                        new SignInRefused(
                                                "the ID token is signed with a key Keycloak does"
                                                        + " not publish"));
        if (!signatureHolds(parts, key)) {
            throw new SignInRefused("the ID token's signature does not verify");
        }
        JsonObject claims = json(parts[1], "claims");
        if (!expected.issuer().equals(claims.getString("iss", ""))) {
            throw new SignInRefused("the ID token comes from another issuer");
        }
        if (!isForClient(claims, expected.clientId())) {
            throw new SignInRefused("the ID token is for another client");
        }
        if (!claims.containsKey("exp")
                || !now.minus(CLOCK_SKEW).isBefore(Instant.ofEpochSecond(number(claims, "exp")))) {
            throw new SignInRefused("the ID token has expired");
        }
        if (claims.containsKey("iat")
                && Instant.ofEpochSecond(number(claims, "iat")).isAfter(now.plus(CLOCK_SKEW))) {
            throw new SignInRefused("the ID token was issued in the future");
        }
        if (expected.nonce() != null && !expected.nonce().equals(claims.getString("nonce", null))) {
            throw new SignInRefused("the ID token's nonce is not the one this sign-in sent");
        }
        if (claims.getString("sub", "").isEmpty()
                || claims.getString("preferred_username", "").isEmpty()) {
            throw new SignInRefused("the ID token names no user");
        }
        return claims;
    }

    /**
     * {@code aud} holds our client id, and when it holds others too, {@code azp} is ours (Core
     * 3.1.3.7, 3 to 5).
     */
    private static boolean isForClient(JsonObject claims, String clientId) {
        JsonValue audience = claims.get("aud");
        boolean listed;
        int count;
        if (audience instanceof JsonString single) {
            listed = single.getString().equals(clientId);
            count = 1;
        } else if (audience != null && audience.getValueType() == JsonValue.ValueType.ARRAY) {
            var all = audience.asJsonArray();
            listed =
                    all.stream()
                            .anyMatch(
                                    a ->
                                            a instanceof JsonString s
                                                    && s.getString().equals(clientId));
            count = all.size();
        } else {
            return false;
        }
        String party = claims.getString("azp", null);
        return listed && (party == null ? count == 1 : party.equals(clientId));
    }

    private static boolean signatureHolds(String[] parts, PublicKey key) throws SignInRefused {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rs256.verify(BASE64URL.decode(parts[2]));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new SignInRefused("the ID token's signature cannot be read", false, e);
        }
    }

    private static JsonObject json(String part, String what) throws SignInRefused {
        try (var reader =
                Json.createReader(
                        new StringReader(
                                new String(BASE64URL.decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (IllegalArgumentException | JsonException | IllegalStateException e) {
            throw new SignInRefused("the ID token's " + what + " is not JSON", false, e);
        }
    }

    private static long number(JsonObject claims, String name) throws SignInRefused {
        try {
            return claims.getJsonNumber(name).longValueExact();
        } catch (ClassCastException | ArithmeticException | NullPointerException e) {
            throw new SignInRefused("the ID token's " + name + " is not a time", false, e);
        }
    }
}
