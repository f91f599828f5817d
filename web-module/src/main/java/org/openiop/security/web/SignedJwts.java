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
 * The steps every token Keycloak signs for OpenIOP goes through before any claim is believed (RFC
 * 7515 and RFC 7519): three parts, RS256 only (so {@code "none"} or a symmetric algorithm is
 * refused before any key is looked at), a key Keycloak publishes, a signature that holds, and times
 * that make sense. What a token must then say depends on its kind: {@link IdTokens}, {@link
 * AccessTokens}. Reasons name the rule broken, never a claim's value.
 */
final class SignedJwts {

    /** How far apart Keycloak's clock and ours may be. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    /**
     * Far more than a Keycloak access token with every OpenIOP role and a long user name takes (1
     * to 2 KB); a longer one is refused before any of it is decoded.
     */
    static final int MAX_LENGTH = 16 * 1024;

    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();

    private SignedJwts() {}

    /** Finds a signing key by its id; empty when Keycloak does not publish it. */
    @FunctionalInterface
    interface SigningKeys {
        Optional<PublicKey> find(String keyId) throws SignInRefused;
    }

    /**
     * The claims of a token whose signature holds; {@code noun} ("the ID token") names the token in
     * the reason of a refusal.
     */
    static JsonObject verifiedClaims(String token, String noun, SigningKeys keys)
            throws SignInRefused {
        if (token == null || token.isEmpty()) {
            throw new SignInRefused("no " + noun.replaceFirst("^the ", ""));
        }
        if (token.length() > MAX_LENGTH) {
            throw new SignInRefused(noun + " is longer than any Keycloak issues");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new SignInRefused(noun + " is not a signed JWT");
        }
        JsonObject header = json(parts[0], noun + "'s header");
        if (!"RS256".equals(header.getString("alg", ""))) {
            throw new SignInRefused(noun + " is not signed with RS256");
        }
        PublicKey key =
                keys.find(header.getString("kid", ""))
                        .orElseThrow(
                                () ->
                                        new SignInRefused(
                                                noun
                                                        + " is signed with a key Keycloak does not"
                                                        + " publish"));
        if (!signatureHolds(parts, key, noun)) {
            throw new SignInRefused(noun + "'s signature does not verify");
        }
        return json(parts[1], noun + "'s claims");
    }

    /**
     * Refuses a token that has expired or was issued in the future, allowing {@link #CLOCK_SKEW}.
     */
    static Instant checkTimes(JsonObject claims, String noun, Instant now) throws SignInRefused {
        if (!claims.containsKey("exp")) {
            throw new SignInRefused(noun + " has expired");
        }
        Instant expires = Instant.ofEpochSecond(time(claims, "exp", noun));
        if (!now.minus(CLOCK_SKEW).isBefore(expires)) {
            throw new SignInRefused(noun + " has expired");
        }
        if (claims.containsKey("iat")
                && Instant.ofEpochSecond(time(claims, "iat", noun)).isAfter(now.plus(CLOCK_SKEW))) {
            throw new SignInRefused(noun + " was issued in the future");
        }
        if (claims.containsKey("nbf")
                && Instant.ofEpochSecond(time(claims, "nbf", noun)).isAfter(now.plus(CLOCK_SKEW))) {
            throw new SignInRefused(noun + " is not valid yet");
        }
        return expires;
    }

    /** {@code aud}, a string or an array of strings, holds {@code audience}. */
    static boolean audienceHolds(JsonObject claims, String audience) {
        JsonValue value = claims.get("aud");
        if (value instanceof JsonString single) {
            return single.getString().equals(audience);
        }
        return value != null
                && value.getValueType() == JsonValue.ValueType.ARRAY
                && value.asJsonArray().stream()
                        .anyMatch(a -> a instanceof JsonString s && s.getString().equals(audience));
    }

    /** How many audiences {@code aud} names (zero when it is missing or malformed). */
    static int audienceCount(JsonObject claims) {
        JsonValue value = claims.get("aud");
        if (value instanceof JsonString) {
            return 1;
        }
        return value != null && value.getValueType() == JsonValue.ValueType.ARRAY
                ? value.asJsonArray().size()
                : 0;
    }

    private static boolean signatureHolds(String[] parts, PublicKey key, String noun)
            throws SignInRefused {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rs256.verify(BASE64URL.decode(parts[2]));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new SignInRefused(noun + "'s signature cannot be read", false, e);
        }
    }

    private static JsonObject json(String part, String what) throws SignInRefused {
        try (var reader =
                Json.createReader(
                        new StringReader(
                                new String(BASE64URL.decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (IllegalArgumentException | JsonException | IllegalStateException e) {
            throw new SignInRefused(what + " is not JSON", false, e);
        } catch (RuntimeException e) {
            // The header is read before the signature is checked, so anyone can send it. Parsson
            // refuses nesting deeper than its limit with a bare RuntimeException; only the parser
            // runs in this block, so whatever it throws is about the token, not a fault here.
            throw new SignInRefused(what + " is not JSON or is nested too deeply", false, e);
        }
    }

    private static long time(JsonObject claims, String name, String noun) throws SignInRefused {
        try {
            return claims.getJsonNumber(name).longValueExact();
        } catch (ClassCastException | ArithmeticException | NullPointerException e) {
            throw new SignInRefused(noun + "'s " + name + " is not a time", false, e);
        }
    }
}
