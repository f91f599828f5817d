package org.openiop.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
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
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** RFC 9068's checks on a JWT access token, rule by rule, with real RS256 signatures made here. */
class AccessTokensTest {

    private static final String ISSUER = "http://localhost:8180/realms/openiop";
    private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");
    private static final AccessTokens.Expected EXPECTED =
            new AccessTokens.Expected(ISSUER, "openiop-web");
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

    /** What Keycloak puts in an access token for the openiop realm's API callers. */
    private static JsonObjectBuilder claims() {
        return Json.createObjectBuilder()
                .add("iss", ISSUER)
                .add("aud", Json.createArrayBuilder().add("openiop-web").add("account"))
                .add("azp", "openiop-tests")
                .add("typ", "Bearer")
                .add("sub", "f1e2")
                .add("upn", "demo-intake")
                .add("preferred_username", "demo-intake")
                .add("iat", NOW.getEpochSecond() - 5)
                .add("exp", NOW.getEpochSecond() + 300)
                .add("groups", Json.createArrayBuilder().add("intake").add("offline_access"));
    }

    private static String signed(JsonObjectBuilder claims, PrivateKey key, String kid, String alg)
            throws GeneralSecurityException {
        String header =
                Json.createObjectBuilder()
                        .add("alg", alg)
                        .add("typ", "JWT")
                        .add("kid", kid)
                        .build()
                        .toString();
        String input =
                B64.encodeToString(header.getBytes(StandardCharsets.UTF_8))
                        + "."
                        + B64.encodeToString(
                                claims.build().toString().getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key);
        rs256.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + B64.encodeToString(rs256.sign());
    }

    private static String signed(JsonObjectBuilder claims) throws GeneralSecurityException {
        return signed(claims, keycloak.getPrivate(), "k1", "RS256");
    }

    private static String refusal(String token) {
        return assertThrows(
                        SignInRefused.class,
                        () -> AccessTokens.verify(token, EXPECTED, published, NOW))
                .getMessage();
    }

    @Test
    void anAccessTokenForOpenIopNamesTheCallerAndTheirRoles() throws Exception {
        AccessTokens.Caller caller =
                AccessTokens.verify(signed(claims()), EXPECTED, published, NOW);
        assertEquals("demo-intake", caller.name());
        assertEquals(Set.of("intake", "offline_access"), caller.groups());
        assertEquals(NOW.plusSeconds(300), caller.expiresAt());
    }

    @Test
    void upnComesFirstThenPreferredUsername() throws Exception {
        assertEquals(
                "demo-intake",
                AccessTokens.verify(signed(claims().remove("upn")), EXPECTED, published, NOW)
                        .name());
        assertTrue(
                refusal(signed(claims().remove("upn").remove("preferred_username")))
                        .contains("names no user"));
    }

    @Test
    void onlyRs256WithAPublishedKeyAndAMatchingSignature() throws Exception {
        String token = signed(claims());
        String[] parts = token.split("\\.");
        String none =
                B64.encodeToString(
                        "{\"alg\":\"none\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal(none + "." + parts[1] + ".").contains("RS256"), "alg none");
        assertTrue(
                refusal(signed(claims(), stranger.getPrivate(), "k1", "RS256"))
                        .contains("does not verify"),
                "signed by someone else under Keycloak's key id");
        assertTrue(
                refusal(signed(claims(), stranger.getPrivate(), "k9", "RS256"))
                        .contains("does not publish"),
                "a key Keycloak does not publish");
        String raised =
                B64.encodeToString(
                        claims().add("groups", Json.createArrayBuilder().add("program-admin"))
                                .build()
                                .toString()
                                .getBytes(StandardCharsets.UTF_8));
        assertTrue(
                refusal(parts[0] + "." + raised + "." + parts[2]).contains("does not verify"),
                "roles raised after signing");
        assertTrue(refusal("a.b").contains("not a signed JWT"));
        assertTrue(refusal("").contains("no access token"));
    }

    @Test
    void anotherIssuerOrAudienceIsRefused() throws Exception {
        assertTrue(
                refusal(signed(claims().add("iss", "http://localhost:8180/realms/master")))
                        .contains("another issuer"));
        assertTrue(
                refusal(signed(claims().add("aud", "account"))).contains("not meant for OpenIOP"));
        assertTrue(refusal(signed(claims().remove("aud"))).contains("not meant for OpenIOP"));
    }

    @Test
    void idAndRefreshTokensAreNotAccessTokens() throws Exception {
        assertTrue(refusal(signed(claims().add("typ", "ID"))).contains("not an access token"));
        assertTrue(refusal(signed(claims().add("typ", "Refresh"))).contains("not an access token"));
        assertTrue(refusal(signed(claims().remove("typ"))).contains("not an access token"));
    }

    @Test
    void expiredOrFutureTokensAreRefusedAllowingAMinuteOfSkew() throws Exception {
        long now = NOW.getEpochSecond();
        assertEquals(
                "demo-intake",
                AccessTokens.verify(signed(claims().add("exp", now - 59)), EXPECTED, published, NOW)
                        .name(),
                "within the skew");
        assertTrue(refusal(signed(claims().add("exp", now - 61))).contains("expired"));
        assertTrue(refusal(signed(claims().remove("exp"))).contains("expired"));
        assertTrue(refusal(signed(claims().add("exp", "tomorrow"))).contains("not a time"));
        assertTrue(refusal(signed(claims().add("iat", now + 120))).contains("future"));
        assertTrue(refusal(signed(claims().add("nbf", now + 120))).contains("not valid yet"));
    }

    @Test
    void groupsMustBeAListOfNames() throws Exception {
        assertTrue(refusal(signed(claims().add("groups", "program-admin"))).contains("not a list"));
        assertTrue(
                refusal(signed(claims().add("groups", Json.createArrayBuilder().add(1))))
                        .contains("not names"));
        assertEquals(
                Set.of(),
                AccessTokens.verify(signed(claims().remove("groups")), EXPECTED, published, NOW)
                        .groups());
    }
}
