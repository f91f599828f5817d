package org.openiop.plugin.control;

import java.net.URLClassLoader;
import java.util.List;
import org.openiop.plugin.spi.PluginDescriptor;
import org.openiop.plugin.spi.PluginFactory;

/**
 * A plugin that passed every check and was initialised: its factory, where it came from, the guard
 * all calls go through, and what it says it can do (video plugins' capabilities, in words).
 */
public record LoadedPlugin(
        PluginDescriptor descriptor,
        PluginFactory<?> factory,
        String origin,
        URLClassLoader loader,
        PluginGuard guard,
        List<String> capabilities) {

    public LoadedPlugin {
        capabilities = List.copyOf(capabilities);
    }

    public LoadedPlugin(
            PluginDescriptor descriptor,
            PluginFactory<?> factory,
            String origin,
            URLClassLoader loader,
            PluginGuard guard) {
        this(descriptor, factory, origin, loader, guard, List.of());
    }

    /** Closes the factory and, for an external jar, its class loader; failures are swallowed. */
    public void close() {
        try {
            factory.close();
        } catch (RuntimeException | LinkageError e) {
            // a plugin that fails to close must not stop the others from closing
        }
        PluginJars.closeQuietly(loader);
    }
}
