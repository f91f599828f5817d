package org.openiop.security.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;

/**
 * Tokens as Keycloak signs them, for the token checks' tests: an RSA key published under the id
 * {@code k1}, another key nobody publishes, and RS256 signing (RFC 7515) done here with the JDK, so
 * that a test shows the check against real signatures rather than against a stubbed verifier.
 */
final class TestJwts {

    /** The key Keycloak signs with; {@link #PUBLISHED} answers it for {@code k1}. */
    static final KeyPair KEYCLOAK = rsaKeyPair();

    /** A key Keycloak never published: what a forger has. */
    static final KeyPair STRANGER = rsaKeyPair();

    /** Keycloak's published keys: {@code k1} only. */
    static final SignedJwts.SigningKeys PUBLISHED =
            kid -> "k1".equals(kid) ? Optional.of(KEYCLOAK.getPublic()) : Optional.empty();

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private TestJwts() {}

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            return rsa.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot make RSA keys", e);
        }
    }

    /** Base64url without padding, as JWS writes every part. */
    static String part(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A JOSE header naming an algorithm and a key id, encoded. */
    static String header(String alg, String kid) {
        return part(
                Json.createObjectBuilder()
                        .add("alg", alg)
                        .add("typ", "JWT")
                        .add("kid", kid)
                        .build()
                        .toString());
    }

    /** The claims signed with RS256 by a key, under a key id (which need not be that key's). */
    static String signed(JsonObjectBuilder claims, PrivateKey key, String kid)
            throws GeneralSecurityException {
        String input = header("RS256", kid) + "." + part(claims.build().toString());
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key);
        rs256.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + B64.encodeToString(rs256.sign());
    }

    /** The claims as Keycloak signs them: its key, id {@code k1}. */
    static String signed(JsonObjectBuilder claims) throws GeneralSecurityException {
        return signed(claims, KEYCLOAK.getPrivate(), "k1");
    }

    /** A signature over bytes, encoded as the third part of a JWS. */
    static String encoded(byte[] signature) {
        return B64.encodeToString(signature);
    }
}
