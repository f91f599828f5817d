package org.openiop.plugin.eligibility.x12;

import java.text.Normalizer;
import java.util.Locale;

/** Values as X12 can carry them. */
final class Segments {

    private Segments() {}

    /**
     * Upper case, accents removed, and no delimiter characters: X12 has no escape character, so a
     * '*' or '~' in a name would split the segment.
     */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String plain = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toUpperCase(Locale.ROOT)
                .replaceAll("[*~:^\\r\\n]", " ")
                .replaceAll("[^\\x20-\\x7E]", "")
                .replaceAll("\\s+", " ")
                .trim();
    }

    /** Left-justified and space-padded, for the ISA's fixed-width elements. */
    static String pad(String value, int width) {
        if (value.length() > width) {
            throw new IllegalArgumentException("longer than " + width);
        }
        return value + " ".repeat(width - value.length());
    }
}
