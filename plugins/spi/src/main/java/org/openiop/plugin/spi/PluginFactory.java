package org.openiop.plugin.spi;

/**
 * A plugin's long-lived entry point. OpenIOP creates one instance per loaded plugin (with the
 * public no-argument constructor that {@link java.util.ServiceLoader} needs), then:
 *
 * <ol>
 *   <li>reads {@link #descriptor()} (it must work before {@code init}),
 *   <li>calls {@link #init(PluginContext)} once, after checking that every required property is
 *       set,
 *   <li>calls {@link #create()} whenever it needs a provider,
 *   <li>calls {@link #close()} once when the plugin is unloaded, replaced or OpenIOP stops.
 * </ol>
 *
 * Thread-safety: {@code create()} may be called from many threads at once after {@code init}
 * returns. Every call into a plugin runs with a timeout, a circuit breaker and a bulkhead, so a
 * slow or failing plugin costs a fallback, not a request thread.
 *
 * @param <P> the provider this factory creates
 */
public interface PluginFactory<P> {

    /** What this plugin is and which configuration it reads. Must not depend on {@code init}. */
    PluginDescriptor descriptor();

    /**
     * Prepares the plugin: read configuration, parse bundled data. Throw {@link PluginException}
     * with a message an administrator can act on to be refused.
     */
    void init(PluginContext context);

    /**
     * A provider for one unit of work. It may be a shared, thread-safe instance or a new one;
     * OpenIOP does not cache it and does not close it.
     */
    P create();

    /** Releases what {@code init} acquired. Called once; the default does nothing. */
    default void close() {}
}
