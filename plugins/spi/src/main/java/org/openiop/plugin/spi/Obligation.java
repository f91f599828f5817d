package org.openiop.plugin.spi;

import java.util.Objects;

/**
 * Something that must be done for the decision to hold, such as obtaining telehealth consent.
 *
 * @param code a stable code, such as {@code CA_TELEHEALTH_CONSENT}
 * @param text what to do, for the person who must do it
 * @param who who must do it
 * @param citation where the obligation comes from
 */
public record Obligation(String code, String text, Who who, Citation citation) {

    /** Who acts on an obligation. */
    public enum Who {
        FACILITATOR,
        PARTICIPANT,
        PROGRAM
    }

    public Obligation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(citation, "citation");
    }
}
