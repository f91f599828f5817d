package org.openiop.join.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Join tickets: 256 random bits, URL-safe, handed to the participant's browser once. Only their
 * SHA-256 is stored, so a copy of the database does not let anyone into a room.
 */
public final class JoinTickets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinTickets() {}

    public static String newTicket() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Whether a string could be a ticket at all (43 URL-safe Base64 characters), before any lookup.
     */
    public static boolean wellFormed(String ticket) {
        return ticket != null && ticket.matches("[A-Za-z0-9_-]{43}");
    }

    public static String hash(String ticket) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(ticket.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
