package org.openiop.plugin.spi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The source a decision rests on.
 *
 * @param title the rule or page, such as {@code Cal. Bus. & Prof. Code §2290.5}
 * @param url where it can be read
 * @param asOf when the data was taken from it (null when it is the statute itself)
 */
public record Citation(String title, String url, LocalDate asOf) {

    public Citation {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }
}
