package org.openiop.plugin.video.bigbluebutton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.openiop.plugin.spi.PluginException;

/**
 * BigBlueButton's checksum: the lower-case hex digest of call name + query string + shared secret,
 * with nothing between them. The query string is the exact text sent, so it is built once and never
 * re-encoded. Servers accept SHA-1 and, since 2.5, SHA-256/384/512 ({@code
 * supportedChecksumAlgorithms} in bbb-web.properties).
 */
enum Checksum {
    SHA1("SHA-1", 40),
    SHA256("SHA-256", 64),
    SHA384("SHA-384", 96),
    SHA512("SHA-512", 128);

    final String jca;
    final int hexLength;

    Checksum(String jca, int hexLength) {
        this.jca = jca;
        this.hexLength = hexLength;
    }

    String of(String text) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance(jca)
                                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jca, e);
        }
    }

    /** The checksum of an API call. */
    String call(String callName, String query, String secret) {
        return of(callName + query + secret);
    }

    static Checksum named(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT).replace("-", "");
        for (Checksum c : values()) {
            if (c.name().equals(n)) {
                return c;
            }
        }
        throw new PluginException(
                "The checksum algorithm must be SHA-1, SHA-256, SHA-384 or SHA-512; it is "
                        + name
                        + ".");
    }

    /** The algorithm whose hex digest has this length, as bbb-webhooks may use any of them. */
    static Optional<Checksum> byHexLength(int length) {
        for (Checksum c : values()) {
            if (c.hexLength == length) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Compares in constant time, so a forger learns nothing from how long the refusal took. */
    static boolean matches(String expectedHex, String givenHex) {
        return MessageDigest.isEqual(
                expectedHex.getBytes(StandardCharsets.US_ASCII),
                givenHex.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
