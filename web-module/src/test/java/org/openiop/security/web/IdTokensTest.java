package org.openiop.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** OpenID Connect Core 3.1.3.7, rule by rule, with real RS256 signatures made here. */
class IdTokensTest {

    private static final String ISSUER = "http://localhost:8180/realms/openiop";
    private static final String CLIENT = "openiop-web";
    private static final Instant NOW = Instant.parse("2026-12-06T18:00:00Z");
    private static final IdTokens.Expected EXPECTED =
            new IdTokens.Expected(ISSUER, CLIENT, "n-123");

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

    private static String refusal(String token) {
        return assertThrows(
                        SignInRefused.class,
                        () -> IdTokens.verify(token, EXPECTED, TestJwts.PUBLISHED, NOW))
                .getMessage();
    }

    @Test
    void aTokenKeycloakSignedForThisSignInPasses() throws Exception {
        JsonObject verified =
                IdTokens.verify(
                        TestJwts.signed(claims(), TestJwts.KEYCLOAK.getPrivate(), "k1"),
                        EXPECTED,
                        TestJwts.PUBLISHED,
                        NOW);
        assertEquals("demo-clinician", verified.getString("preferred_username"));
    }

    @Test
    void onlyRs256WithAPublishedKeyAndAMatchingSignature() throws Exception {
        String body = TestJwts.part(claims().build().toString());
        assertTrue(
                refusal(TestJwts.header("none", "k1") + "." + body + ".").contains("RS256"),
                "alg none");

        // The classic confusion: HMAC keyed with the public key's bytes.
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(TestJwts.KEYCLOAK.getPublic().getEncoded(), "HmacSHA256"));
        String hs = TestJwts.header("HS256", "k1") + "." + body;
        assertTrue(
                refusal(
                                hs
                                        + "."
                                        + TestJwts.encoded(
                                                hmac.doFinal(
                                                        hs.getBytes(StandardCharsets.US_ASCII))))
                        .contains("RS256"));

        assertTrue(
                refusal(TestJwts.signed(claims(), TestJwts.STRANGER.getPrivate(), "k1"))
                        .contains("signature"),
                "signed by another key");
        assertTrue(
                refusal(TestJwts.signed(claims(), TestJwts.STRANGER.getPrivate(), "k9"))
                        .contains("does not publish"),
                "unknown key id");

        String[] parts =
                TestJwts.signed(claims(), TestJwts.KEYCLOAK.getPrivate(), "k1").split("\\.");
        String changed =
                TestJwts.part(
                        claims().add("preferred_username", "demo-privacy").build().toString());
        assertTrue(
                refusal(parts[0] + "." + changed + "." + parts[2]).contains("signature"),
                "claims changed after signing");
        assertTrue(refusal("not.a-jwt").contains("JWT"));
    }

    @Test
    void issuerAudienceAndAuthorizedParty() throws Exception {
        assertTrue(
                refusal(
                                TestJwts.signed(
                                        claims().add("iss", "http://localhost:8180/realms/other"),
                                        TestJwts.KEYCLOAK.getPrivate(),
                                        "k1"))
                        .contains("issuer"));
        assertTrue(
                refusal(
                                TestJwts.signed(
                                        claims().add("aud", "openiop-provisioner"),
                                        TestJwts.KEYCLOAK.getPrivate(),
                                        "k1"))
                        .contains("client"));
        var twoAudiences = Json.createArrayBuilder().add(CLIENT).add("account");
        assertTrue(
                refusal(
                                TestJwts.signed(
                                        claims().add("aud", twoAudiences).add("azp", "account"),
                                        TestJwts.KEYCLOAK.getPrivate(),
                                        "k1"))
                        .contains("client"),
                "several audiences and another authorized party");
        assertTrue(
                refusal(
                                TestJwts.signed(
                                        claims().add("aud", twoAudiences).remove("azp"),
                                        TestJwts.KEYCLOAK.getPrivate(),
                                        "k1"))
                        .contains("client"),
                "several audiences and no authorized party");
        IdTokens.verify(
                TestJwts.signed(
                        claims().add("aud", Json.createArrayBuilder().add(CLIENT).add("account")),
                        TestJwts.KEYCLOAK.getPrivate(),
                        "k1"),
                EXPECTED,
                TestJwts.PUBLISHED,
                NOW);
    }

    @Test
    void timeAndNonce() throws Exception {
        assertTrue(
                refusal(
                                TestJwts.signed(
                                        claims().add("exp", NOW.getEpochSecond() - 61),
                                        TestJwts.KEYCLOAK.getPrivate(),
                                        "k1"))
                        .contains("expired"));
        assertTrue(
                refusal(
                                TestJwts.signed(
                                        claims().remove("exp"),
                                        TestJwts.KEYCLOAK.getPrivate(),
                                        "k1"))
                        .contains("expired"));
        assertTrue(
                refusal(
                                TestJwts.signed(
                                        claims().add("iat", NOW.getEpochSecond() + 600),
                                        TestJwts.KEYCLOAK.getPrivate(),
                                        "k1"))
                        .contains("future"));
        assertTrue(
                refusal(
                                TestJwts.signed(
                                        claims().add("nonce", "n-other"),
                                        TestJwts.KEYCLOAK.getPrivate(),
                                        "k1"))
                        .contains("nonce"),
                "an ID token from another sign-in");
        assertTrue(
                refusal(
                                TestJwts.signed(
                                        claims().remove("nonce"),
                                        TestJwts.KEYCLOAK.getPrivate(),
                                        "k1"))
                        .contains("nonce"));
        assertTrue(
                refusal(
                                TestJwts.signed(
                                        claims().remove("preferred_username"),
                                        TestJwts.KEYCLOAK.getPrivate(),
                                        "k1"))
                        .contains("names no user"));
        // A renewal expects no particular nonce.
        IdTokens.verify(
                TestJwts.signed(claims().remove("nonce"), TestJwts.KEYCLOAK.getPrivate(), "k1"),
                new IdTokens.Expected(ISSUER, CLIENT, null),
                TestJwts.PUBLISHED,
                NOW);
    }
}
