package org.openiop.plugin.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openiop.plugin.entity.DestinationChange;
import org.openiop.plugin.entity.PluginInfo;
import org.openiop.plugin.entity.PluginState;
import org.openiop.plugin.entity.SettingField;
import org.openiop.plugin.spi.ConfigProperty;
import org.openiop.plugin.spi.PluginKind;

/**
 * What the plugin API answers with: state, reason, health and configuration keys. A secret's value
 * is never in an answer: where a value may be a secret's, the field is left out rather than sent as
 * null ({@link JsonbNillable}), as clients have always read its absence as "not shown".
 */
public final class PluginViews {

    private PluginViews() {}

    /**
     * A plugin the registry knows. {@code kind} is null when it was refused before its kind was
     * known; {@code reason} is null while it is active.
     */
    public record PluginView(
            String id,
            String name,
            String version,
            PluginKind kind,
            String origin,
            PluginState state,
            String reason,
            String health,
            List<PluginPropertyView> properties,
            List<String> capabilities) {

        static PluginView of(PluginInfo p) {
            return new PluginView(
                    p.id(),
                    p.name(),
                    p.version(),
                    p.kind(),
                    p.origin(),
                    p.state(),
                    p.reason(),
                    p.health(),
                    p.properties().stream().map(PluginPropertyView::of).toList(),
                    p.capabilities());
        }

        static List<PluginView> of(List<PluginInfo> plugins) {
            return plugins.stream().map(PluginView::of).toList();
        }
    }

    /** A configuration key the plugin declares; never its value. */
    public record PluginPropertyView(String name, String label, boolean required, boolean secret) {

        static PluginPropertyView of(ConfigProperty c) {
            return new PluginPropertyView(c.name(), c.label(), c.required(), c.secret());
        }
    }

    /**
     * One field of a plugin's settings form: where its value comes from ({@code source}), and the
     * value itself unless it is a secret's or there is none.
     */
    public record PluginSettingView(
            String name,
            String label,
            String help,
            String type,
            boolean required,
            boolean secret,
            boolean set,
            String source,
            @JsonbNillable(false) String value) {

        static PluginSettingView of(SettingField f) {
            return new PluginSettingView(
                    f.getName(),
                    f.getLabel(),
                    f.getHelp(),
                    f.getType(),
                    f.isRequired(),
                    f.isSecret(),
                    f.isSet(),
                    f.getSource(),
                    f.getValue());
        }
    }

    /**
     * A change of destination waiting for the privacy officer: where the plugin sends now and would
     * send then, both left out for a secret.
     */
    public record DestinationChangeView(
            UUID id,
            String plugin,
            String property,
            boolean secret,
            String requestedBy,
            Instant requestedAt,
            @JsonbNillable(false) String before,
            @JsonbNillable(false) String after) {

        static DestinationChangeView of(DestinationChange d) {
            return new DestinationChangeView(
                    d.id(),
                    d.pluginId(),
                    d.property(),
                    d.secret(),
                    d.requestedBy(),
                    d.requestedAt(),
                    d.before(),
                    d.after());
        }
    }
}
