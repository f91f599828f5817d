package org.openiop.plugin.spi;

import java.net.http.HttpClient;
import java.time.Clock;

/**
 * What OpenIOP gives a plugin in {@link PluginFactory#init}. Plugins get no container objects: no
 * CDI, no JDBC, no request. All methods are thread-safe and never return null.
 */
public interface PluginContext {

    /** The plugin's configuration, as set by the administrator. */
    PluginConfig config();

    /** The clock to read "now" from; tests fix it. */
    Clock clock();

    /** A shared HTTP client for calls to the vendor; OpenIOP bounds each call's time anyway. */
    HttpClient http();
}
