package org.openiop.it.support;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** The plugin list as the REST API gives it. */
public final class Plugins {

    private Plugins() {}

    public static JsonObject plugin(JsonArray list, String id) {
        return list.stream()
                .map(JsonObject.class::cast)
                .filter(p -> p.getString("id").equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no plugin " + id + " in " + list));
    }
}
