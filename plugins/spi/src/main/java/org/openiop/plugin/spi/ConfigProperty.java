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
 */
public record ConfigProperty(String name, String label, String help, Type type, boolean required, boolean secret,
        String defaultValue) {

    /** How a property is edited and checked. */
    public enum Type {
        TEXT, URL, INTEGER, BOOLEAN, DURATION, FILE
    }

    public ConfigProperty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        help = help == null ? "" : help;
    }

    public static ConfigProperty text(String name, String label, String help, boolean required) {
        return new ConfigProperty(name, label, help, Type.TEXT, required, false, null);
    }

    public static ConfigProperty secret(String name, String label, String help) {
        return new ConfigProperty(name, label, help, Type.TEXT, true, true, null);
    }
}
