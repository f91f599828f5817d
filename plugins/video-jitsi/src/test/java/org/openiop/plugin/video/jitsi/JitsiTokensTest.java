package org.openiop.plugin.video.jitsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openiop.plugin.spi.JoinLink;
import org.openiop.plugin.spi.JoinRequest;
import org.openiop.plugin.spi.PluginException;
import org.openiop.plugin.spi.Room;
import org.openiop.plugin.spi.RoomRequest;
import org.openiop.plugin.spi.VideoProvider;
import org.openiop.plugin.testkit.TestContexts;

class JitsiTokensTest {

    static final Instant START = Instant.parse("2031-05-05T23:00:00Z");
    static final Instant END = START.plus(Duration.ofHours(3));

    static VideoProvider provider(Map<String, String> config) {
        JitsiVideoFactory factory = new JitsiVideoFactory();
        factory.init(TestContexts.of(config, Clock.systemUTC()));
        return factory.create();
    }

    static JoinRequest join(
            Room room,
            String ref,
            JoinRequest.Role role,
            boolean cameraOff,
            boolean audioOnly,
            Instant until) {
        return new JoinRequest(
                room,
                ref,
                "Quiet Harbor",
                role,
                cameraOff,
                audioOnly,
                START.minus(Duration.ofMinutes(15)),
                until);
    }

    static SignedJWT token(JoinLink link) throws Exception {
        String query = link.url().getRawQuery();
        assertTrue(query.startsWith("jwt="), link.url().toString());
        return SignedJWT.parse(URLDecoder.decode(query.substring(4), StandardCharsets.UTF_8));
    }

    @Test
    void aSelfHostedTokenHoldsExactlyWhatProsodyChecksAndOnlyThePseudonymAndSessionId()
            throws Exception {
        VideoProvider video = provider(Configs.selfHosted());
        Room room = video.createRoom(new RoomRequest("s-1", START, END, 12, true, false));
        JoinLink link =
                video.joinLink(
                        join(
                                room,
                                "p-7f3a",
                                JoinRequest.Role.PARTICIPANT,
                                true,
                                false,
                                END.plus(Duration.ofHours(2))));
        SignedJWT jwt = token(link);

        assertEquals(JOSEObjectType.JWT, jwt.getHeader().getType());
        assertEquals(JWSAlgorithm.HS256, jwt.getHeader().getAlgorithm());
        assertTrue(
                jwt.verify(new MACVerifier(Configs.SECRET.getBytes(StandardCharsets.UTF_8))),
                "signed with the app secret");

        Map<String, Object> raw = JSONObjectUtils.parse(jwt.getPayload().toString());
        assertEquals("openiop", raw.get("iss"));
        assertEquals("jitsi", raw.get("aud"));
        assertEquals("meet.example.org", raw.get("sub"));
        assertEquals(room.roomId(), raw.get("room"));
        // Numbers, not strings: prosody rejects string dates.
        assertInstanceOf(Number.class, raw.get("nbf"));
        assertInstanceOf(Number.class, raw.get("exp"));
        assertEquals(
                START.minus(Duration.ofMinutes(15)).getEpochSecond(),
                ((Number) raw.get("nbf")).longValue());
        // Capped at the session's end plus the configured 10 minutes, though the host allowed 2
        // hours.
        assertEquals(
                END.plus(Duration.ofMinutes(10)).getEpochSecond(),
                ((Number) raw.get("exp")).longValue());
        assertEquals(END.plus(Duration.ofMinutes(10)), link.expiresAt());

        Map<String, Object> context = JSONObjectUtils.getJSONObject(raw, "context");
        Map<String, Object> user = JSONObjectUtils.getJSONObject(context, "user");
        assertEquals(
                Map.of(
                        "id",
                        "p-7f3a",
                        "name",
                        "Quiet Harbor",
                        "moderator",
                        "false",
                        "affiliation",
                        "member"),
                user);
        assertEquals(Set.of("user", "features"), context.keySet());
        Map<String, Object> features = JSONObjectUtils.getJSONObject(context, "features");
        assertEquals("false", features.get("recording"));
        assertEquals("false", features.get("livestreaming"));
        assertEquals("false", features.get("transcription"));
        assertEquals(Set.of("iss", "aud", "sub", "room", "nbf", "exp", "context"), raw.keySet());
        // The room is random, and not derived from the session.
        assertTrue(room.roomId().matches("r[a-z2-7]{26}"), room.roomId());
        assertEquals("off", room.attributes().get("recording"));
    }

    @Test
    void facilitatorsModerateAndTheCameraChoiceTravelsAsAStartPreference() throws Exception {
        VideoProvider video = provider(Configs.selfHosted());
        Room room = video.createRoom(new RoomRequest("s-2", START, END, 12, true, false));
        JoinLink facilitator =
                video.joinLink(join(room, "f-1", JoinRequest.Role.FACILITATOR, false, false, END));
        Map<String, Object> user =
                JSONObjectUtils.getJSONObject(
                        JSONObjectUtils.getJSONObject(
                                token(facilitator).getPayload().toJSONObject(), "context"),
                        "user");
        assertEquals("true", user.get("moderator"));
        assertEquals("owner", user.get("affiliation"));
        assertFalse(facilitator.url().getFragment().contains("startWithVideoMuted"));

        URI cameraOff =
                video.joinLink(join(room, "p-1", JoinRequest.Role.PARTICIPANT, true, false, END))
                        .url();
        assertTrue(
                cameraOff.getRawFragment().contains("config.startWithVideoMuted=true"),
                cameraOff.toString());
        URI audioOnly =
                video.joinLink(join(room, "p-1", JoinRequest.Role.PARTICIPANT, false, true, END))
                        .url();
        assertTrue(
                audioOnly.getRawFragment().contains("config.startAudioOnly=true"),
                audioOnly.toString());
        assertTrue(
                audioOnly
                        .toString()
                        .startsWith("https://meet.example.org/" + room.roomId() + "?jwt="),
                audioOnly.toString());
        assertTrue(
                video.capabilities().notes().stream().anyMatch(n -> n.contains("preferences")),
                "the capabilities say camera off is a preference, not a control");
    }

    @Test
    void aTokenOutsideItsWindowIsExpiredForAVerifier() throws Exception {
        VideoProvider video = provider(Configs.selfHosted());
        Room room = video.createRoom(new RoomRequest("s-3", START, END, 12, true, false));
        // The host allows an hour after the end; the plugin's grace (10 minutes) is the shorter.
        JWTClaimsSet claims =
                token(
                                video.joinLink(
                                        join(
                                                room,
                                                "p-2",
                                                JoinRequest.Role.PARTICIPANT,
                                                true,
                                                false,
                                                END.plus(Duration.ofHours(1)))))
                        .getJWTClaimsSet();
        // Nimbus allows 60 s of skew, prosody none; the instants below are well outside either.
        new VerifierAt(START).verify(claims, null);
        new VerifierAt(END.plus(Duration.ofMinutes(9))).verify(claims, null);
        BadJWTException expired =
                assertThrows(
                        BadJWTException.class,
                        () ->
                                new VerifierAt(END.plus(Duration.ofMinutes(12)))
                                        .verify(claims, null));
        assertTrue(expired.getMessage().contains("Expired"), expired.getMessage());
        BadJWTException early =
                assertThrows(
                        BadJWTException.class,
                        () ->
                                new VerifierAt(START.minus(Duration.ofMinutes(20)))
                                        .verify(claims, null));
        assertTrue(early.getMessage().contains("before"), early.getMessage());
    }

    /** A claims verifier, as a Jitsi server would run it, whose clock reads a fixed instant. */
    static final class VerifierAt
            extends DefaultJWTClaimsVerifier<com.nimbusds.jose.proc.SecurityContext> {
        private final Instant now;

        VerifierAt(Instant now) {
            super("jitsi", null, Set.of("iss", "sub", "room", "exp", "nbf"));
            this.now = now;
        }

        @Override
        protected Date currentTime() {
            return Date.from(now);
        }
    }

    @Test
    void aJaasTokenIsRs256WithTheKeyIdAndTheFixedIssuerAndAudience() throws Exception {
        VideoProvider video = provider(Configs.jaas());
        Room room = video.createRoom(new RoomRequest("s-4", START, END, 12, true, false));
        JoinLink link =
                video.joinLink(join(room, "p-3", JoinRequest.Role.FACILITATOR, false, false, END));
        SignedJWT jwt = token(link);
        assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
        assertEquals(Configs.APP_ID + "/4f4910", jwt.getHeader().getKeyID());
        assertEquals(JOSEObjectType.JWT, jwt.getHeader().getType());
        assertTrue(
                jwt.verify(new RSASSAVerifier((RSAPublicKey) Keys.RSA.getPublic())),
                "signed with the API key");
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals("chat", claims.getIssuer());
        assertEquals("jitsi", claims.getAudience().get(0));
        assertEquals(Configs.APP_ID, claims.getSubject());
        Map<String, Object> user =
                JSONObjectUtils.getJSONObject(claims.getJSONObjectClaim("context"), "user");
        assertEquals(Map.of("id", "p-3", "name", "Quiet Harbor", "moderator", "true"), user);
        assertTrue(
                link.url()
                        .toString()
                        .startsWith(
                                "https://8x8.vc/"
                                        + Configs.APP_ID
                                        + "/"
                                        + room.roomId()
                                        + "?jwt="));
    }

    @Test
    void theSameParticipantGetsADifferentIdentityInEachSessionsToken() throws Exception {
        VideoProvider video = provider(Configs.selfHosted());
        Room monday = video.createRoom(new RoomRequest("s-mon", START, END, 12, true, false));
        Room wednesday = video.createRoom(new RoomRequest("s-wed", START, END, 12, true, false));
        assertNotEquals(monday.roomId(), wednesday.roomId());
        // The host passes a different session-scoped id each time; the token carries it and nothing
        // stable.
        SignedJWT a =
                token(
                        video.joinLink(
                                join(
                                        monday,
                                        "p-mon-1",
                                        JoinRequest.Role.PARTICIPANT,
                                        true,
                                        false,
                                        END)));
        SignedJWT b =
                token(
                        video.joinLink(
                                join(
                                        wednesday,
                                        "p-wed-9",
                                        JoinRequest.Role.PARTICIPANT,
                                        true,
                                        false,
                                        END)));
        String userA = a.getJWTClaimsSet().getJSONObjectClaim("context").get("user").toString();
        String userB = b.getJWTClaimsSet().getJSONObjectClaim("context").get("user").toString();
        assertTrue(userA.contains("p-mon-1") && !userA.contains("p-wed-9"));
        assertTrue(userB.contains("p-wed-9") && !userB.contains("p-mon-1"));
    }

    @Test
    void badConfigurationIsRefusedWithWhatToFix() {
        Map<String, String> shortSecret =
                Map.of(
                        "server-url",
                        "https://meet.example.org",
                        "app-id",
                        "openiop",
                        "app-secret",
                        "secret");
        PluginException e = assertThrows(PluginException.class, () -> provider(shortSecret));
        assertTrue(e.getMessage().contains("openssl rand -hex 32"), e.getMessage());
        Map<String, String> wrongKid =
                Map.of(
                        "mode",
                        "jaas",
                        "app-id",
                        Configs.APP_ID,
                        "key-id",
                        "other/1",
                        "private-key",
                        Keys.privatePem());
        assertTrue(
                assertThrows(PluginException.class, () -> provider(wrongKid))
                        .getMessage()
                        .contains("AppID"));
        Map<String, String> notAKey =
                Map.of(
                        "mode",
                        "jaas",
                        "app-id",
                        Configs.APP_ID,
                        "key-id",
                        Configs.APP_ID + "/1",
                        "private-key",
                        "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----");
        assertTrue(
                assertThrows(PluginException.class, () -> provider(notAKey))
                        .getMessage()
                        .contains("PKCS#8"));
    }

    @Test
    void roomsOfSessionsThatEndedMoreThanADayAgoAreForgotten() {
        java.util.concurrent.ConcurrentMap<String, Room> rooms =
                new java.util.concurrent.ConcurrentHashMap<>();
        rooms.put(
                "old",
                new Room(
                        "r-old",
                        "old",
                        Map.of(
                                "end",
                                String.valueOf(START.minus(Duration.ofDays(2)).getEpochSecond()))));
        rooms.put(
                "recent",
                new Room(
                        "r-recent",
                        "recent",
                        Map.of(
                                "end",
                                String.valueOf(
                                        START.minus(Duration.ofHours(2)).getEpochSecond()))));
        JitsiVideo.forgetEndedRooms(rooms, START);
        assertEquals(Set.of("recent"), rooms.keySet());
    }
}
