package org.openiop.plugin.entity;

import java.time.Instant;
import java.util.UUID;

/**
 * A console change to a plugin's destination, waiting for a privacy officer. {@code before} and
 * {@code after} are what the officer compares; both are null for a secret, which is never shown.
 */
public record DestinationChange(
        UUID id,
        String pluginId,
        String property,
        String before,
        String after,
        boolean secret,
        String requestedBy,
        Instant requestedAt) {

    // Getters for Expression Language 5, which does not read record components.
    public UUID getId() {
        return id;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getProperty() {
        return property;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public boolean isSecret() {
        return secret;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }
}
