package org.openiop.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** OpenID Connect Core 3.1.3.7, rule by rule, with real RS256 signatures made here. */
class IdTokensTest {

    private static final String ISSUER = "http://localhost:8180/realms/openiop";
    private static final String CLIENT = "openiop-web";
    private static final Instant NOW = Instant.parse("2026-12-06T18:00:00Z");
    private static final IdTokens.Expected EXPECTED =
            new IdTokens.Expected(ISSUER, CLIENT, "n-123");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private static KeyPair keycloak;
    private static KeyPair stranger;
    private static SignedJwts.SigningKeys published;

    @BeforeAll
    static void keys() throws GeneralSecurityException {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        keycloak = rsa.generateKeyPair();
        stranger = rsa.generateKeyPair();
        published = kid -> "k1".equals(kid) ? Optional.of(keycloak.getPublic()) : Optional.empty();
    }

    private static JsonObjectBuilder claims() {
        return Json.createObjectBuilder()
                .add("iss", ISSUER)
                .add("aud", CLIENT)
                .add("azp", CLIENT)
                .add("sub", "f1e2")
                .add("preferred_username", "demo-clinician")
                .add("nonce", "n-123")
                .add("iat", NOW.getEpochSecond() - 5)
                .add("exp", NOW.getEpochSecond() + 300)
                .add("groups", Json.createArrayBuilder().add("clinician"));
    }

    private static String header(String alg, String kid) {
        return B64.encodeToString(
                Json.createObjectBuilder()
                        .add("alg", alg)
                        .add("typ", "JWT")
                        .add("kid", kid)
                        .build()
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static String signed(JsonObjectBuilder claims, PrivateKey key, String kid)
            throws GeneralSecurityException {
        String input =
                header("RS256", kid)
                        + "."
                        + B64.encodeToString(
                                claims.build().toString().getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key);
        rs256.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + B64.encodeToString(rs256.sign());
    }

    private static String refusal(String token) {
        return assertThrows(
                        SignInRefused.class, () -> IdTokens.verify(token, EXPECTED, published, NOW))
                .getMessage();
    }

    @Test
    void aTokenKeycloakSignedForThisSignInPasses() throws Exception {
        JsonObject verified =
                IdTokens.verify(
                        signed(claims(), keycloak.getPrivate(), "k1"), EXPECTED, published, NOW);
        assertEquals("demo-clinician", verified.getString("preferred_username"));
    }

    @Test
    void onlyRs256WithAPublishedKeyAndAMatchingSignature() throws Exception {
        String body =
                B64.encodeToString(claims().build().toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal(header("none", "k1") + "." + body + ".").contains("RS256"), "alg none");

        // The classic confusion: HMAC keyed with the public key's bytes.
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(keycloak.getPublic().getEncoded(), "HmacSHA256"));
        String hs = header("HS256", "k1") + "." + body;
        assertTrue(
                refusal(
                                hs
                                        + "."
                                        + B64.encodeToString(
                                                hmac.doFinal(
                                                        hs.getBytes(StandardCharsets.US_ASCII))))
                        .contains("RS256"));

        assertTrue(
                refusal(signed(claims(), stranger.getPrivate(), "k1")).contains("signature"),
                "signed by another key");
        assertTrue(
                refusal(signed(claims(), stranger.getPrivate(), "k9")).contains("does not publish"),
                "unknown key id");

        String[] parts = signed(claims(), keycloak.getPrivate(), "k1").split("\\.");
        String changed =
                B64.encodeToString(
                        claims().add("preferred_username", "demo-privacy")
                                .build()
                                .toString()
                                .getBytes(StandardCharsets.UTF_8));
        assertTrue(
                refusal(parts[0] + "." + changed + "." + parts[2]).contains("signature"),
                "claims changed after signing");
        assertTrue(refusal("not.a-jwt").contains("JWT"));
    }

    @Test
    void issuerAudienceAndAuthorizedParty() throws Exception {
        assertTrue(
                refusal(
                                signed(
                                        claims().add("iss", "http://localhost:8180/realms/other"),
                                        keycloak.getPrivate(),
                                        "k1"))
                        .contains("issuer"));
        assertTrue(
                refusal(
                                signed(
                                        claims().add("aud", "openiop-provisioner"),
                                        keycloak.getPrivate(),
                                        "k1"))
                        .contains("client"));
        var twoAudiences = Json.createArrayBuilder().add(CLIENT).add("account");
        assertTrue(
                refusal(
                                signed(
                                        claims().add("aud", twoAudiences).add("azp", "account"),
                                        keycloak.getPrivate(),
                                        "k1"))
                        .contains("client"),
                "several audiences and another authorized party");
        assertTrue(
                refusal(
                                signed(
                                        claims().add("aud", twoAudiences).remove("azp"),
                                        keycloak.getPrivate(),
                                        "k1"))
                        .contains("client"),
                "several audiences and no authorized party");
        IdTokens.verify(
                signed(
                        claims().add("aud", Json.createArrayBuilder().add(CLIENT).add("account")),
                        keycloak.getPrivate(),
                        "k1"),
                EXPECTED,
                published,
                NOW);
    }

    @Test
    void timeAndNonce() throws Exception {
        assertTrue(
                refusal(
                                signed(
                                        claims().add("exp", NOW.getEpochSecond() - 61),
                                        keycloak.getPrivate(),
                                        "k1"))
                        .contains("expired"));
        assertTrue(
                refusal(signed(claims().remove("exp"), keycloak.getPrivate(), "k1"))
                        .contains("expired"));
        assertTrue(
                refusal(
                                signed(
                                        claims().add("iat", NOW.getEpochSecond() + 600),
                                        keycloak.getPrivate(),
                                        "k1"))
                        .contains("future"));
        assertTrue(
                refusal(signed(claims().add("nonce", "n-other"), keycloak.getPrivate(), "k1"))
                        .contains("nonce"),
                "an ID token from another sign-in");
        assertTrue(
                refusal(signed(claims().remove("nonce"), keycloak.getPrivate(), "k1"))
                        .contains("nonce"));
        assertTrue(
                refusal(signed(claims().remove("preferred_username"), keycloak.getPrivate(), "k1"))
                        .contains("names no user"));
        // A renewal expects no particular nonce.
        IdTokens.verify(
                signed(claims().remove("nonce"), keycloak.getPrivate(), "k1"),
                new IdTokens.Expected(ISSUER, CLIENT, null),
                published,
                NOW);
    }
}
