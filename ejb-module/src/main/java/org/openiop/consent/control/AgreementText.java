package org.openiop.consent.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Agreement texts: the SHA-256 that names a version, and Markdown rendered as safe HTML. Raw HTML
 * in the Markdown is escaped rather than passed through, and link targets other than http(s) and
 * mailto are dropped (no javascript: URLs), so an admin's text cannot run script in a participant's
 * browser.
 */
public final class AgreementText {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private AgreementText() {}

    /**
     * Line endings are normalised first, so the same text pasted on Windows or Linux has one hash.
     */
    public static String normalise(String markdown) {
        return markdown.replace("\r\n", "\n").replace('\r', '\n').strip() + "\n";
    }

    public static String sha256(String normalised) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
