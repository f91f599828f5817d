package org.openiop.identity.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text folded for comparison: accents removed (NFD, then combining marks dropped), lower case in
 * the root locale. "Zoë" and "ZOE" fold alike, as do "José" and "jose".
 */
public final class Folding {

    private Folding() {}

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** Folded, and only its letters kept: "Mary-Jo O'Neil" becomes "maryjooneil". */
    public static String foldedLetters(String text) {
        return fold(text).replaceAll("[^\\p{L}]", "");
    }
}
