package org.openiop.plugin.spi;

import java.util.Optional;

/** A plugin's own configuration: the values of {@code openiop.plugin.<id>.<property>}. Thread-safe. */
public interface PluginConfig {

    /** The value, or the descriptor's default, or empty. */
    Optional<String> get(String property);

    /**
     * The value of a required property.
     *
     * @throws PluginException naming the missing key
     */
    default String require(String property) {
        return get(property).orElseThrow(() -> new PluginException("The property " + property + " is not set."));
    }
}
