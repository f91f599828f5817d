package org.openiop.it.support;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One-time codes as an authenticator app makes them (RFC 6238: HMAC-SHA1, 30 s, 6 digits), for the
 * staff second factor. Keycloak keys the HMAC with its secret's UTF-8 bytes.
 */
public final class Totp {

    /** The demo staff users' secret (keycloak-realm/src/dev/keycloak/openiop-users-0.json). */
    public static final String DEMO_SECRET = "OpenIOPDemoStaffTotp";

    /** Secrets of users who set up their second factor during the tests. */
    private static final Map<String, String> SET_UP = new ConcurrentHashMap<>();

    private Totp() {}

    public static void remember(String username, String secret) {
        SET_UP.put(username.toLowerCase(Locale.ROOT), secret);
    }

    public static String secretOf(String username) {
        return SET_UP.getOrDefault(username.toLowerCase(Locale.ROOT), DEMO_SECRET);
    }

    public static String code(String secret, Instant at) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] hash =
                    mac.doFinal(ByteBuffer.allocate(8).putLong(at.getEpochSecond() / 30).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary =
                    ((hash[offset] & 0x7f) << 24)
                            | ((hash[offset + 1] & 0xff) << 16)
                            | ((hash[offset + 2] & 0xff) << 8)
                            | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String now(String username) {
        return code(secretOf(username), Instant.now());
    }
}
