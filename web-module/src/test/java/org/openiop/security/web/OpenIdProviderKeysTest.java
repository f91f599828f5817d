package org.openiop.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the signing keys are kept: a key read once keeps verifying while Keycloak is down; a new key
 * id (rotation) is read again, at most every 30 seconds, and a failed read says Keycloak is
 * unavailable rather than calling the key unknown. A small HTTP server plays the realm's discovery
 * document and JWKS, the two documents OpenIdProvider reads.
 */
class OpenIdProviderKeysTest {

    /** The key published first, and the one Keycloak rotates to. */
    private static final KeyPair first = TestJwts.KEYCLOAK;

    private static final KeyPair second = TestJwts.STRANGER;

    private HttpServer realm;
    private final Map<String, RSAPublicKey> publishing = new LinkedHashMap<>();
    private final AtomicInteger jwksReads = new AtomicInteger();
    private OpenIdProvider provider;
    private Instant now = Instant.parse("2026-12-07T18:00:00Z");

    @BeforeEach
    void startRealm() throws IOException {
        realm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + realm.getAddress().getPort();
        String issuer = base + "/realms/openiop";
        realm.createContext(
                "/realms/openiop/.well-known/openid-configuration",
                exchange ->
                        answer(
                                exchange,
                                Json.createObjectBuilder()
                                        .add("issuer", issuer)
                                        .add("authorization_endpoint", issuer + "/auth")
                                        .add("token_endpoint", issuer + "/token")
                                        .add("jwks_uri", issuer + "/certs")
                                        .add("end_session_endpoint", issuer + "/logout")
                                        .build()
                                        .toString()));
        realm.createContext(
                "/realms/openiop/certs",
                exchange -> {
                    jwksReads.incrementAndGet();
                    answer(exchange, jwks());
                });
        realm.start();
        KeycloakSettings settings = new KeycloakSettings();
        settings.keycloakUrl = base;
        settings.realm = "openiop";
        settings.clientId = "openiop-web";
        provider = new OpenIdProvider();
        provider.settings = settings;
        provider.availability = new KeycloakAvailability();
        provider.availability.settings = settings;
        provider.clock =
                new Clock() {
                    @Override
                    public Instant instant() {
                        return now;
                    }

                    @Override
                    public ZoneOffset getZone() {
                        return ZoneOffset.UTC;
                    }

                    @Override
                    public Clock withZone(java.time.ZoneId zone) {
                        return this;
                    }
                };
        publishing.put("k1", (RSAPublicKey) first.getPublic());
    }

    @AfterEach
    void stopRealm() {
        realm.stop(0);
    }

    private String jwks() {
        JsonArrayBuilder keys = Json.createArrayBuilder();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        publishing.forEach(
                (kid, key) ->
                        keys.add(
                                Json.createObjectBuilder()
                                        .add("kid", kid)
                                        .add("kty", "RSA")
                                        .add("alg", "RS256")
                                        .add("use", "sig")
                                        .add("n", b64.encodeToString(unsigned(key.getModulus())))
                                        .add(
                                                "e",
                                                b64.encodeToString(
                                                        unsigned(key.getPublicExponent())))));
        return Json.createObjectBuilder().add("keys", keys).build().toString();
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Test
    void aKeyReadOnceKeepsVerifyingWhileKeycloakIsDown() throws Exception {
        assertEquals(first.getPublic(), provider.signingKey("k1").orElseThrow());
        realm.stop(0);
        now = now.plus(Duration.ofHours(6));
        assertEquals(
                first.getPublic(),
                provider.signingKey("k1").orElseThrow(),
                "hours into an outage, a token signed with the known key still verifies");
        assertEquals(1, jwksReads.get());
    }

    @Test
    void aNewKeyIdIsReadAgainButNotMoreThanEveryThirtySeconds() throws Exception {
        provider.signingKey("k1");
        publishing.put("k2", (RSAPublicKey) second.getPublic());
        assertTrue(
                provider.signingKey("k2").isEmpty(),
                "read a moment ago: a token with a new key id does not make us ask again");
        assertEquals(1, jwksReads.get());
        now = now.plusSeconds(31);
        assertEquals(second.getPublic(), provider.signingKey("k2").orElseThrow(), "rotated");
        assertEquals(2, jwksReads.get());
        assertTrue(provider.signingKey("k-forged").isEmpty());
        assertEquals(2, jwksReads.get(), "an unknown id right after does not ask again");
        assertEquals(first.getPublic(), provider.signingKey("k1").orElseThrow());
    }

    @Test
    void anUnknownKeyIdRightAfterAReadIsUnavailableWhileKeycloakIsDown() throws Exception {
        provider.signingKey("k1");
        realm.stop(0);
        now = now.plusSeconds(5);
        SignInRefused refused =
                assertThrows(SignInRefused.class, () -> provider.signingKey("k-new"));
        assertTrue(
                refused.isUnavailable(),
                "Keycloak may have added that key; it cannot be asked: " + refused.getMessage());
        assertEquals(1, jwksReads.get(), "not read again within 30 s");
        assertEquals(first.getPublic(), provider.signingKey("k1").orElseThrow());
    }

    @Test
    void aFailedReadSaysKeycloakIsUnavailableAndIsNotRepeatedAtOnce() throws Exception {
        provider.signingKey("k1");
        realm.stop(0);
        now = now.plusSeconds(31);
        SignInRefused refused = assertThrows(SignInRefused.class, () -> provider.signingKey("k2"));
        assertTrue(refused.isUnavailable(), refused.getMessage());
        SignInRefused again = assertThrows(SignInRefused.class, () -> provider.signingKey("k3"));
        assertTrue(again.isUnavailable(), "still unavailable, without asking a down Keycloak");
        assertFalse(again.getMessage().contains("k3"), "the reason names no key id");
        assertEquals(first.getPublic(), provider.signingKey("k1").orElseThrow());
    }
}
