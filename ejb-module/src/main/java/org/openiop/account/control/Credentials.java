package org.openiop.account.control;

import java.security.SecureRandom;

/**
 * Generated usernames and temporary passwords. A username is {@code word-word-NNNN} from {@link
 * NeutralWords} and a random number: it is drawn at random, so nothing about the person can be read
 * from it (docs/anonymity.md, invariant 5).
 */
public final class Credentials {

    /** No 0/O, 1/l/I: the hand-out is read aloud over the phone. */
    private static final String PASSWORD_ALPHABET =
            "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Credentials() {}

    public static String username() {
        return NeutralWords.adjective()
                + "-"
                + NeutralWords.noun()
                + "-"
                + String.format("%04d", NeutralWords.digits(10_000));
    }

    /**
     * A one-time password of 14 characters in groups of the unambiguous alphabet (about 81 bits),
     * with at least one capital and one digit so that it meets the realm's password policy.
     */
    public static String temporaryPassword() {
        while (true) {
            StringBuilder password = new StringBuilder(16);
            for (int i = 0; i < 14; i++) {
                password.append(
                        PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
            }
            String candidate = password.toString();
            if (candidate.chars().anyMatch(Character::isUpperCase)
                    && candidate.chars().anyMatch(Character::isDigit)
                    && candidate.chars().anyMatch(Character::isLowerCase)) {
                return candidate;
            }
        }
    }
}
