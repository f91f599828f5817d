package org.openiop.plugin.control;

import java.net.URLClassLoader;
import org.openiop.plugin.spi.PluginFactory;

/**
 * A factory found on the class path or in a jar, not yet checked against the registry.
 *
 * @param factory the factory, created by ServiceLoader
 * @param origin {@code bundled} or the jar's file name
 * @param loader the jar's class loader, or null for bundled plugins (closed with the plugin)
 */
public record PluginCandidate(PluginFactory<?> factory, String origin, URLClassLoader loader) {

    public static final String BUNDLED = "bundled";

    public boolean bundled() {
        return loader == null;
    }
}
