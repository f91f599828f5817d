package org.openiop.it.support;

import jakarta.json.JsonObject;

/** Readiness as MicroProfile Health reports it: one named check of the answer. */
public final class Health {

    private Health() {}

    public static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream()
                .map(JsonObject.class::cast)
                .filter(c -> c.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " check in " + health));
    }
}
