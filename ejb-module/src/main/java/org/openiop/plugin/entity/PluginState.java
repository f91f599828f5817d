package org.openiop.plugin.entity;

/** Where a plugin stands. */
public enum PluginState {
    /** Loaded, configured and answering. */
    ACTIVE,
    /** Loaded, but its recent calls failed and its circuit is open: calls get the fallback. */
    FAILING,
    /** Switched off by configuration ({@code openiop.plugin.<id>.enabled=false}). */
    DISABLED,
    /** Not loaded; the reason says why. */
    REFUSED
}
