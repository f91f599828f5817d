package org.openiop.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageChoiceTest {

    @Test
    void acceptsOnlyTheLanguagesOpenIopSpeaks() {
        assertEquals(Locale.ENGLISH, LanguageChoice.supported("en").orElseThrow());
        assertEquals("es", LanguageChoice.supported(" ES ").orElseThrow().getLanguage());
        assertTrue(LanguageChoice.supported("fr").isEmpty());
        assertTrue(LanguageChoice.supported("<script>").isEmpty());
        assertTrue(LanguageChoice.supported(null).isEmpty());
    }
}
