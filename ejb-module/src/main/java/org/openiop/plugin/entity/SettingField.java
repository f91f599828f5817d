package org.openiop.plugin.entity;

import org.openiop.plugin.spi.ConfigProperty;

/**
 * One field of a plugin's settings form, rendered from its descriptor. {@code value} is what a
 * non-secret property is set to; for a secret it is always null and only {@code set} says whether
 * one is configured. {@code source}: console, configuration, default or unset.
 */
public record SettingField(ConfigProperty property, String value, boolean set, String source) {

    public String getName() {
        return property.name();
    }

    public String getLabel() {
        return property.label();
    }

    public String getHelp() {
        return property.help();
    }

    public String getType() {
        return property.type().name();
    }

    public boolean isRequired() {
        return property.required();
    }

    public boolean isSecret() {
        return property.secret();
    }

    public String getValue() {
        return value;
    }

    public boolean isSet() {
        return set;
    }

    public String getSource() {
        return source;
    }
}
