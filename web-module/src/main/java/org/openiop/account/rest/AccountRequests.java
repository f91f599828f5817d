package org.openiop.account.rest;

import org.openiop.platform.rest.MaxLength;

/**
 * What the caller's own account API takes. The pseudonym rules (form, reserved words, no part of
 * the legal name) are the boundary's, with its own words; the cap here is well above them.
 */
public final class AccountRequests {

    private AccountRequests() {}

    /** The pseudonym the participant chooses. */
    public record PseudonymBody(@MaxLength(100) String pseudonym) {

        /** A candidate may hold part of the legal name, which is why it is refused: not printed. */
        @Override
        public String toString() {
            return "PseudonymBody[pseudonym not shown]";
        }
    }
}
