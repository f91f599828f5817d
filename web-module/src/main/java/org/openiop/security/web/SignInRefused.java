package org.openiop.security.web;

/**
 * A sign-in, or the renewal of one, that must not go on: the reason names the rule broken (for the
 * log) and never carries a token or anything about the person.
 */
class SignInRefused extends Exception {

    private static final long serialVersionUID = 1L;

    /** True when Keycloak could not be asked at all (down, slow): a retry later may succeed. */
    private final boolean unavailable;

    SignInRefused(String reason) {
        this(reason, false, null);
    }

    SignInRefused(String reason, boolean unavailable, Throwable cause) {
        super(reason, cause);
        this.unavailable = unavailable;
    }

    static SignInRefused unavailable(String reason, Throwable cause) {
        return new SignInRefused(reason, true, cause);
    }

    boolean isUnavailable() {
        return unavailable;
    }
}
