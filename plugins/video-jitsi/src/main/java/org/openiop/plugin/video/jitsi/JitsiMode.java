package org.openiop.plugin.video.jitsi;

import java.util.Locale;
import org.openiop.plugin.spi.PluginException;

/** Where the rooms are: the hospital's own Jitsi Meet, or 8x8's Jitsi as a Service. */
enum JitsiMode {
    SELF_HOSTED("self-hosted"),
    JAAS("jaas");

    final String word;

    JitsiMode(String word) {
        this.word = word;
    }

    static JitsiMode of(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (JitsiMode m : values()) {
            if (m.word.equals(t)) {
                return m;
            }
        }
        throw new PluginException("Mode must be self-hosted or jaas; it is " + text + ".");
    }
}
