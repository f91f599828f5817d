package org.openiop.plugin.spi;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * Where to send the person's browser.
 *
 * @param url the vendor's URL, with any token; it carries the pseudonym and the session-scoped id
 *     only
 * @param expiresAt when it stops working
 */
public record JoinLink(URI url, Instant expiresAt) {

    public JoinLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
