package org.openiop.plugin.spi;

import java.util.Objects;

/**
 * One configuration property, from which the console renders a form field.
 *
 * @param name the key after {@code openiop.plugin.<id>.}, such as {@code app-secret}
 * @param label a short label
 * @param help one or two sentences on what it is and where to find it
 * @param type how to edit and check it
 * @param required whether the plugin is refused without it
 * @param secret whether it is write-only: the console never shows it and logs never print it
 * @param defaultValue the value when none is configured, or null
 * @param destination whether the value decides where the plugin sends what OpenIOP gives it (an
 *     address, or the credentials that go with it). A change to a destination made in the console
 *     waits for a privacy officer's approval before anything is sent to it. Since SPI 1.2.
 */
public record ConfigProperty(
        String name,
        String label,
        String help,
        Type type,
        boolean required,
        boolean secret,
        String defaultValue,
        boolean destination) {

    /** How a property is edited and checked. */
    public enum Type {
        TEXT,
        URL,
        INTEGER,
        BOOLEAN,
        DURATION,
        FILE
    }

    public ConfigProperty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        help = help == null ? "" : help;
    }

    /**
     * A property that is not a destination: the SPI 1.0 and 1.1 form, kept so that their plugins
     * still load.
     */
    public ConfigProperty(
            String name,
            String label,
            String help,
            Type type,
            boolean required,
            boolean secret,
            String defaultValue) {
        this(name, label, help, type, required, secret, defaultValue, false);
    }

    /** This property, marked as a destination (see {@link #destination()}). Since SPI 1.2. */
    public ConfigProperty asDestination() {
        return new ConfigProperty(name, label, help, type, required, secret, defaultValue, true);
    }

    public static ConfigProperty text(String name, String label, String help, boolean required) {
        return new ConfigProperty(name, label, help, Type.TEXT, required, false, null);
    }

    public static ConfigProperty secret(String name, String label, String help) {
        return new ConfigProperty(name, label, help, Type.TEXT, true, true, null);
    }
}
