package org.openiop.plugin.control;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.openiop.plugin.spi.ConfigProperty;
import org.openiop.plugin.spi.PluginConfig;
import org.openiop.plugin.spi.PluginContext;
import org.openiop.plugin.spi.PluginDescriptor;
import org.openiop.plugin.spi.PluginKind;

/**
 * A plugin's context: its properties as saved in the console, else from MicroProfile Config as
 * {@code openiop.plugin.<id>.<property>} (so also environment variables such as {@code
 * OPENIOP_PLUGIN_VIDEO_JITSI_APP_SECRET}), else the descriptor's defaults.
 */
public final class ConfiguredContext implements PluginContext {

    private final PluginDescriptor descriptor;
    private final Config config;
    private final Clock clock;
    private final HttpClient http;
    private final Map<String, String> saved;

    public ConfiguredContext(
            PluginDescriptor descriptor, Config config, Clock clock, HttpClient http) {
        this(descriptor, config, Map.of(), clock, http);
    }

    /**
     * @param saved values saved in the console for this plugin, by property; they win over Config
     */
    public ConfiguredContext(
            PluginDescriptor descriptor,
            Config config,
            Map<String, String> saved,
            Clock clock,
            HttpClient http) {
        this.saved = Map.copyOf(saved);
        this.descriptor = descriptor;
        this.config = config;
        this.clock = clock;
        this.http = http;
    }

    public static String key(String pluginId, String property) {
        return "openiop.plugin." + pluginId + "." + property;
    }

    @Override
    public PluginConfig config() {
        return property ->
                Optional.ofNullable(saved.get(property))
                        .filter(v -> !v.isBlank())
                        .or(
                                () ->
                                        config.getOptionalValue(
                                                key(descriptor.id(), property), String.class))
                        .filter(v -> !v.isBlank())
                        .or(
                                () ->
                                        descriptor.properties().stream()
                                                .filter(p -> p.name().equals(property))
                                                .map(ConfigProperty::defaultValue)
                                                .filter(v -> v != null)
                                                .findFirst());
    }

    /** The required properties that have no value, by key. */
    public List<String> missingRequired() {
        List<String> missing = new ArrayList<>();
        PluginConfig values = config();
        for (ConfigProperty p : descriptor.properties()) {
            if (p.required() && values.get(p.name()).isEmpty()) {
                missing.add(key(descriptor.id(), p.name()));
            }
        }
        return missing;
    }

    /**
     * The destination addresses that would travel in plain http: every one for a plugin that
     * carries identity or tokens (eligibility, video), except a loopback address when {@code
     * loopbackAllowed} (a development machine's simulators). Each as "key (value)".
     */
    public List<String> plainHttpDestinations(boolean loopbackAllowed) {
        List<String> found = new ArrayList<>();
        if (descriptor.kind() != PluginKind.ELIGIBILITY && descriptor.kind() != PluginKind.VIDEO) {
            return found;
        }
        PluginConfig values = config();
        for (ConfigProperty p : descriptor.properties()) {
            if (!p.destination() || p.type() != ConfigProperty.Type.URL) {
                continue;
            }
            values.get(p.name())
                    .map(String::strip)
                    .filter(v -> isPlainHttp(v, loopbackAllowed))
                    .ifPresent(v -> found.add(key(descriptor.id(), p.name())));
        }
        return found;
    }

    /** Whether an address is http:// and not a loopback address allowed for development. */
    public static boolean isPlainHttp(String address, boolean loopbackAllowed) {
        java.net.URI uri;
        try {
            uri = java.net.URI.create(address);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            return false;
        }
        String host = uri.getHost() == null ? "" : uri.getHost();
        boolean loopback =
                host.equals("localhost")
                        || host.startsWith("127.")
                        || host.equals("[::1]")
                        || host.equals("::1");
        return !(loopbackAllowed && loopback);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public HttpClient http() {
        return http;
    }
}
