package org.openiop.plugin.spi;

import java.util.Optional;

/**
 * A plugin's own configuration: the values of {@code openiop.plugin.<id>.<property>}. Thread-safe.
 */
public interface PluginConfig {

    /** The value, or the descriptor's default, or empty. */
    Optional<String> get(String property);

    /**
     * The value of a required property.
     *
     * @throws PluginException naming the missing key
     */
    default String require(String property) {
        return get(property)
                .orElseThrow(
                        () -> new PluginException("The property " + property + " is not set."));
    }

    /**
     * A duration property, written as milliseconds ({@code 2000}) or ISO-8601 ({@code PT15M}), as
     * the console's form accepts it; since SPI 1.1.
     *
     * @param fallback the value when the property is not set
     * @throws PluginException naming the property when the value is neither
     */
    default java.time.Duration duration(String property, java.time.Duration fallback) {
        String text = get(property).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if (text == null) {
            return fallback;
        }
        try {
            return text.matches("\\d+")
                    ? java.time.Duration.ofMillis(Long.parseLong(text))
                    : java.time.Duration.parse(text);
        } catch (RuntimeException e) {
            throw new PluginException(
                    "The property "
                            + property
                            + " must be milliseconds or an ISO-8601 duration such as PT15M; "
                            + "it is "
                            + text
                            + ".");
        }
    }
}
