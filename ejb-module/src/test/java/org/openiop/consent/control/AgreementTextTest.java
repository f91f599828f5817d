package org.openiop.consent.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AgreementTextTest {

    @Test
    void aVersionIsTheSha256OfItsNormalisedText() {
        // SHA-256 of "abc\n" (the text "abc" with its line ending), a fixed value anyone can
        // recompute.
        assertEquals(
                "edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb",
                AgreementText.sha256("abc\n"));
        assertEquals(
                AgreementText.normalise("Rule one\r\nRule two\r\n"),
                AgreementText.normalise("Rule one\nRule two"));
    }

    @Test
    void markdownBecomesHtmlWithoutScriptOrDangerousLinks() {
        String html =
                AgreementText.html(
                        "# What stays here\n\n"
                                + "**Names** stay in the room.\n\n"
                                + "<script>alert(1)</script>\n\n"
                                + "[click](javascript:alert(2)) <img src=x onerror=alert(3)>");
        assertTrue(html.contains("<h1>What stays here</h1>"), html);
        assertTrue(html.contains("<strong>Names</strong>"), html);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("javascript:"), html);
    }
}
