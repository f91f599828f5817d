package org.openiop.plugin.video.jitsi;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openiop.plugin.spi.JoinRequest;
import org.openiop.plugin.spi.PluginException;

/**
 * Jitsi tokens (lib-jitsi-meet doc/tokens.md; JaaS api-keys-jwt). Everything in {@code
 * context.user} is broadcast to every occupant by prosody's presence identity module, so it holds
 * the pseudonym and the session-scoped id only, both strings (a null there makes prosody throw). No
 * email, no avatar: either would reach the vendor and the other members.
 */
final class JitsiTokens {

    private final JitsiSettings settings;

    JitsiTokens(JitsiSettings settings) {
        this.settings = settings;
    }

    /**
     * A signed token for one person in one room.
     *
     * @param notBefore when it starts to work
     * @param expires when it stops working
     */
    String issue(JoinRequest request, String roomName, Instant notBefore, Instant expires) {
        boolean moderator = request.role() == JoinRequest.Role.FACILITATOR;
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", request.participantRef());
        user.put("name", request.displayName());
        // JaaS reads moderator as the string "true"/"false"; self-hosted prosody reads it through
        // the
        // token_affiliation module (jitsi-contrib), which also accepts affiliation owner/member.
        user.put("moderator", String.valueOf(moderator));
        if (settings.mode() == JitsiMode.SELF_HOSTED) {
            user.put("affiliation", moderator ? "owner" : "member");
        }
        // A token with features is authoritative in mod_jitsi_permissions; without them a moderator
        // would get recording and live-streaming by default.
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("recording", "false");
        features.put("livestreaming", "false");
        features.put("transcription", "false");
        features.put("outbound-call", "false");
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("user", user);
        context.put("features", features);
        JWTClaimsSet claims =
                new JWTClaimsSet.Builder()
                        .issuer(settings.issuer())
                        .audience(settings.audience())
                        .subject(settings.subject())
                        .claim("room", roomName)
                        // NumericDate seconds: prosody rejects string dates and applies no leeway.
                        .notBeforeTime(Date.from(notBefore))
                        .expirationTime(Date.from(expires))
                        .claim("context", context)
                        .build();
        JWSHeader.Builder header =
                new JWSHeader.Builder(settings.algorithm()).type(JOSEObjectType.JWT);
        if (settings.keyId() != null) {
            header.keyID(settings.keyId());
        }
        SignedJWT jwt = new SignedJWT(header.build(), claims);
        try {
            jwt.sign(settings.signer());
        } catch (JOSEException e) {
            throw new PluginException("The Jitsi token could not be signed: " + e.getMessage());
        }
        return jwt.serialize();
    }
}
