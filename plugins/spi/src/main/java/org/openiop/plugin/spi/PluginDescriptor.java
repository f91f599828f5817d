package org.openiop.plugin.spi;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who a plugin is and what it needs.
 *
 * @param id stable, unique id: lower-case letters, digits and hyphens, such as {@code video-jitsi};
 *     configuration keys are {@code openiop.plugin.<id>.<property>}
 * @param name a human name for the Plugins page
 * @param version the plugin's own version
 * @param kind which of the three kinds it is
 * @param spiRange the SPI versions it works with, in Maven range syntax, such as {@code [1.0,2.0)}
 * @param properties the configuration it reads, in the order the form shows them
 */
public record PluginDescriptor(
        String id,
        String name,
        String version,
        PluginKind kind,
        String spiRange,
        List<ConfigProperty> properties) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,48}");

    public PluginDescriptor {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "A plugin id is 2 to 49 lower-case letters, digits and hyphens, starting with a"
                            + " letter; got "
                            + id);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        VersionRange.parse(spiRange);
        properties = List.copyOf(properties);
    }
}
