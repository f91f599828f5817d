package org.openiop.video.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ids a video vendor sees: a keyed HMAC of the session and the person (docs/anonymity.md,
 * invariant 4), so the same participant has a different id in every session and the vendor cannot
 * link them, nor turn one back into our ids without the key. OpenIOP recomputes them to read the
 * vendor's events.
 */
public final class VendorIds {

    private final byte[] key;

    public VendorIds(byte[] key) {
        this.key = key.clone();
    }

    /**
     * The id for a person (a participant id or a clinician's username) in one session: 32 hex
     * digits (128 bits).
     */
    public String of(UUID sessionId, String person) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest =
                    mac.doFinal((sessionId + "\n" + person).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The session's own reference for the vendor: not our session id, not a group or program name.
     */
    public String ofSession(UUID sessionId) {
        return "s" + of(sessionId, "session");
    }
}
