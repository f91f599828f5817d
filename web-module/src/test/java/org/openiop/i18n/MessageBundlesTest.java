package org.openiop.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in =
                new InputStreamReader(
                        MessageBundlesTest.class.getResourceAsStream("/org/openiop/i18n/" + name),
                        StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void spanishTranslatesEveryEnglishKeyAndNothingElse() throws IOException {
        var en = new TreeSet<>(load("messages.properties").stringPropertyNames());
        var es = new TreeSet<>(load("messages_es.properties").stringPropertyNames());
        assertEquals(en, es);
    }

    @Test
    void spanishIsUtf8AndNotLeftInEnglish() throws IOException {
        Properties es = load("messages_es.properties");
        assertEquals("Cerrar sesión", es.getProperty("layout.signout"));
        Properties en = load("messages.properties");
        var untranslated = new TreeSet<String>();
        for (String key : en.stringPropertyNames()) {
            if (en.getProperty(key).equals(es.getProperty(key)) && !key.equals("app.name")) {
                untranslated.add(key);
            }
        }
        assertEquals(new TreeSet<String>(), untranslated, "texts left in English");
    }
}
