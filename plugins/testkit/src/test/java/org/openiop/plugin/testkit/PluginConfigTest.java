package org.openiop.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openiop.plugin.spi.PluginConfig;
import org.openiop.plugin.spi.PluginException;

class PluginConfigTest {

    static PluginConfig config(Map<String, String> values) {
        return TestContexts.of(values, Clock.systemUTC()).config();
    }

    @Test
    void durationsAreMillisecondsOrIso8601AndFallBackWhenUnset() {
        PluginConfig c = config(Map.of("a", "2000", "b", "PT15M", "c", " ", "d", "soon"));
        assertEquals(Duration.ofSeconds(2), c.duration("a", Duration.ZERO));
        assertEquals(Duration.ofMinutes(15), c.duration("b", Duration.ZERO));
        assertEquals(
                Duration.ofSeconds(7), c.duration("c", Duration.ofSeconds(7)), "blank is unset");
        assertEquals(Duration.ofSeconds(7), c.duration("missing", Duration.ofSeconds(7)));
        PluginException e =
                assertThrows(PluginException.class, () -> c.duration("d", Duration.ZERO));
        assertTrue(
                e.getMessage().contains("The property d") && e.getMessage().contains("soon"),
                e.getMessage());
    }
}
