package org.openiop.security.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Proof Key for Code Exchange (RFC 7636) with the S256 method. The browser carries the challenge to
 * Keycloak; the verifier stays in the HTTP session and goes to Keycloak only over the back channel,
 * with the code. A code stolen on its way back (from a log, a Referer, a proxy) is worth nothing
 * without it.
 *
 * @param verifier 32 random bytes, base64url without padding: 43 characters (RFC 7636 4.1)
 * @param challenge BASE64URL(SHA-256(ASCII(verifier))) (RFC 7636 4.2)
 */
record Pkce(String verifier, String challenge) {

    /** The only method OpenIOP sends; Keycloak's client is set to require it. */
    static final String METHOD = "S256";

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    static Pkce create(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String verifier = BASE64URL.encodeToString(bytes);
        return new Pkce(verifier, challengeOf(verifier));
    }

    static String challengeOf(String verifier) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** A random value for {@code state} and {@code nonce}: 32 bytes, base64url. */
    static String randomToken(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }
}
