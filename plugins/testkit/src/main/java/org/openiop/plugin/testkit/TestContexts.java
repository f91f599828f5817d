package org.openiop.plugin.testkit;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.openiop.plugin.spi.PluginConfig;
import org.openiop.plugin.spi.PluginContext;

/**
 * Plugin contexts for tests: a fixed configuration, a clock of your choosing, a real HTTP client.
 */
public final class TestContexts {

    private TestContexts() {}

    public static PluginContext of(Map<String, String> config, Clock clock) {
        Map<String, String> values = Map.copyOf(config);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        PluginConfig pluginConfig = property -> Optional.ofNullable(values.get(property));
        return new PluginContext() {
            @Override
            public PluginConfig config() {
                return pluginConfig;
            }

            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public HttpClient http() {
                return http;
            }
        };
    }
}
