package org.openiop.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** RFC 9068's checks on a JWT access token, rule by rule, with real RS256 signatures made here. */
class AccessTokensTest {

    private static final String ISSUER = "http://localhost:8180/realms/openiop";
    private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");
    private static final AccessTokens.Expected EXPECTED =
            new AccessTokens.Expected(ISSUER, "openiop-web");

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

    private static String refusal(String token) {
        return assertThrows(
                        SignInRefused.class,
                        () -> AccessTokens.verify(token, EXPECTED, TestJwts.PUBLISHED, NOW))
                .getMessage();
    }

    @Test
    void anAccessTokenForOpenIopNamesTheCallerAndTheirRoles() throws Exception {
        AccessTokens.Caller caller =
                AccessTokens.verify(TestJwts.signed(claims()), EXPECTED, TestJwts.PUBLISHED, NOW);
        assertEquals("demo-intake", caller.name());
        assertEquals(Set.of("intake", "offline_access"), caller.groups());
        assertEquals(NOW.plusSeconds(300), caller.expiresAt());
    }

    @Test
    void upnComesFirstThenPreferredUsername() throws Exception {
        assertEquals(
                "demo-intake",
                AccessTokens.verify(
                                TestJwts.signed(claims().remove("upn")),
                                EXPECTED,
                                TestJwts.PUBLISHED,
                                NOW)
                        .name());
        assertTrue(
                refusal(TestJwts.signed(claims().remove("upn").remove("preferred_username")))
                        .contains("names no user"));
    }

    @Test
    void onlyRs256WithAPublishedKeyAndAMatchingSignature() throws Exception {
        String token = TestJwts.signed(claims());
        String[] parts = token.split("\\.");
        String none = TestJwts.part("{\"alg\":\"none\",\"kid\":\"k1\"}");
        assertTrue(refusal(none + "." + parts[1] + ".").contains("RS256"), "alg none");
        assertTrue(
                refusal(TestJwts.signed(claims(), TestJwts.STRANGER.getPrivate(), "k1"))
                        .contains("does not verify"),
                "signed by someone else under Keycloak's key id");
        assertTrue(
                refusal(TestJwts.signed(claims(), TestJwts.STRANGER.getPrivate(), "k9"))
                        .contains("does not publish"),
                "a key Keycloak does not publish");
        String raised =
                TestJwts.part(
                        claims().add("groups", Json.createArrayBuilder().add("program-admin"))
                                .build()
                                .toString());
        assertTrue(
                refusal(parts[0] + "." + raised + "." + parts[2]).contains("does not verify"),
                "roles raised after signing");
        assertTrue(refusal("a.b").contains("not a signed JWT"));
        assertTrue(refusal("").contains("no access token"));
    }

    @Test
    void anotherIssuerOrAudienceIsRefused() throws Exception {
        assertTrue(
                refusal(TestJwts.signed(claims().add("iss", "http://localhost:8180/realms/master")))
                        .contains("another issuer"));
        assertTrue(
                refusal(TestJwts.signed(claims().add("aud", "account")))
                        .contains("not meant for OpenIOP"));
        assertTrue(
                refusal(TestJwts.signed(claims().remove("aud"))).contains("not meant for OpenIOP"));
    }

    @Test
    void idAndRefreshTokensAreNotAccessTokens() throws Exception {
        assertTrue(
                refusal(TestJwts.signed(claims().add("typ", "ID")))
                        .contains("not an access token"));
        assertTrue(
                refusal(TestJwts.signed(claims().add("typ", "Refresh")))
                        .contains("not an access token"));
        assertTrue(
                refusal(TestJwts.signed(claims().remove("typ"))).contains("not an access token"));
    }

    @Test
    void expiredOrFutureTokensAreRefusedAllowingAMinuteOfSkew() throws Exception {
        long now = NOW.getEpochSecond();
        assertEquals(
                "demo-intake",
                AccessTokens.verify(
                                TestJwts.signed(claims().add("exp", now - 59)),
                                EXPECTED,
                                TestJwts.PUBLISHED,
                                NOW)
                        .name(),
                "within the skew");
        assertTrue(refusal(TestJwts.signed(claims().add("exp", now - 61))).contains("expired"));
        assertTrue(refusal(TestJwts.signed(claims().remove("exp"))).contains("expired"));
        assertTrue(
                refusal(TestJwts.signed(claims().add("exp", "tomorrow"))).contains("not a time"));
        assertTrue(refusal(TestJwts.signed(claims().add("iat", now + 120))).contains("future"));
        assertTrue(
                refusal(TestJwts.signed(claims().add("nbf", now + 120))).contains("not valid yet"));
    }

    @Test
    void groupsMustBeAListOfNames() throws Exception {
        assertTrue(
                refusal(TestJwts.signed(claims().add("groups", "program-admin")))
                        .contains("not a list"));
        assertTrue(
                refusal(TestJwts.signed(claims().add("groups", Json.createArrayBuilder().add(1))))
                        .contains("not names"));
        assertEquals(
                Set.of(),
                AccessTokens.verify(
                                TestJwts.signed(claims().remove("groups")),
                                EXPECTED,
                                TestJwts.PUBLISHED,
                                NOW)
                        .groups());
    }

    @Test
    void aHugeOrDeeplyNestedTokenIsRefusedBeforeItsSignatureIsChecked() {
        // The header is parsed before the signature can be checked: anyone can send these. Past
        // its nesting limit the parser throws a bare RuntimeException, which must not escape.
        String deepArray = "[".repeat(3_000) + "]".repeat(3_000);
        String deepObject = "{\"a\":".repeat(1_500) + "1" + "}".repeat(1_500);
        assertTrue(refusal(TestJwts.part(deepArray) + ".e30.c2ln").contains("not JSON"));
        refusal(TestJwts.part(deepObject) + ".e30.c2ln");
        assertTrue(refusal("e30.e30." + "A".repeat(SignedJwts.MAX_LENGTH)).contains("longer"));
    }
}
