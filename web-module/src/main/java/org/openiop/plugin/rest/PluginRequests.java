package org.openiop.plugin.rest;

import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.openiop.platform.rest.MaxItems;

/**
 * What the plugin API takes. A plugin's settings are its own: their names and forms are checked by
 * the plugin, in its words ("Retries must be a whole number."), so they stay free-form here.
 */
public final class PluginRequests {

    private PluginRequests() {}

    /**
     * {@code {"values": {"name": "value", ...}, "clear": ["name", ...]}}: each value is text (a
     * blank secret keeps the saved one); {@code clear} names saved values to remove.
     */
    public record PluginSettingsBody(
            Map<String, JsonValue> values,
            @MaxItems(value = 100, itemLength = 200) List<String> clear) {}

    /**
     * {@code {"approve": true}} lets the plugin send to the new destination; false keeps the old.
     */
    public record DestinationDecisionBody(Boolean approve) {}
}
