package org.openiop.program.rest;

import java.util.UUID;
import org.openiop.platform.boundary.RequestRefused;

/** Path ids: a malformed one is simply not found, as an unknown one would be. */
final class Ids {

    private Ids() {
    }

    static UUID of(String text, String what) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RequestRefused("not-found", "There is no " + what + " with that id.");
        }
    }
}
