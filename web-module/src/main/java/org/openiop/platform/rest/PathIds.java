package org.openiop.platform.rest;

import java.util.UUID;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.RequestRefused;

/** Ids in REST paths: a malformed one is simply not found, as an unknown one would be. */
public final class PathIds {

    private PathIds() {}

    /**
     * @throws RequestRefused (not-found) naming what was looked for
     */
    public static UUID of(String text, String what) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFound("There is no " + what + " with that id.");
        }
    }
}
