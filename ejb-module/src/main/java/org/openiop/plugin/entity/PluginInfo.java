package org.openiop.plugin.entity;

import java.util.List;
import org.openiop.plugin.spi.ConfigProperty;
import org.openiop.plugin.spi.PluginKind;

/**
 * One plugin as the Plugins page and the REST API show it. Never holds a secret's value.
 *
 * @param id the descriptor's id, or the jar's file name when it was refused before one was read
 * @param name the descriptor's name
 * @param version the plugin's version
 * @param kind its kind, or null when unknown
 * @param origin {@code bundled} or the external jar's file name
 * @param state where it stands
 * @param reason why it was refused or is failing; null when active
 * @param properties its configuration properties
 * @param health the guard's view: calls, failures, circuit
 * @param capabilities what it can guarantee, in words (video plugins); empty for other kinds
 */
public record PluginInfo(
        String id,
        String name,
        String version,
        PluginKind kind,
        String origin,
        PluginState state,
        String reason,
        List<ConfigProperty> properties,
        String health,
        List<String> capabilities) {

    public PluginInfo {
        properties = List.copyOf(properties);
        capabilities = List.copyOf(capabilities);
    }

    public List<String> getCapabilities() {
        return capabilities;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getVersion() {
        return version;
    }

    public PluginKind getKind() {
        return kind;
    }

    public String getOrigin() {
        return origin;
    }

    public PluginState getState() {
        return state;
    }

    public String getReason() {
        return reason;
    }

    public String getHealth() {
        return health;
    }
}
