package org.openiop.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openiop.plugin.spi.ConfigProperty;
import org.openiop.plugin.spi.PluginDescriptor;
import org.openiop.plugin.spi.PluginFactory;
import org.openiop.plugin.spi.PluginKind;
import org.openiop.plugin.spi.SpiVersion;
import org.openiop.plugin.spi.VersionRange;

/**
 * What every plugin must do, whatever its kind: describe itself before init, accept this SPI
 * version, initialise with its configuration, and create providers.
 *
 * @param <F> the factory type
 */
public abstract class PluginContract<F extends PluginFactory<?>> {

    /** A new, uninitialised factory, as ServiceLoader would make it. */
    protected abstract F newFactory();

    /** The configuration a working instance needs (required properties set). */
    protected Map<String, String> configuration() {
        return Map.of();
    }

    /** The clock the plugin is initialised with. */
    protected Clock clock() {
        return Clock.systemUTC();
    }

    protected abstract PluginKind kind();

    /** A factory after init with {@link #configuration()} and {@link #clock()}. */
    protected F initialised() {
        F factory = newFactory();
        factory.init(TestContexts.of(configuration(), clock()));
        return factory;
    }

    @Test
    void describesItselfBeforeInitAndAcceptsThisSpiVersion() {
        PluginDescriptor descriptor = newFactory().descriptor();
        assertNotNull(descriptor, "descriptor()");
        assertEquals(kind(), descriptor.kind(), "the descriptor's kind");
        assertTrue(
                VersionRange.parse(descriptor.spiRange()).contains(SpiVersion.CURRENT),
                descriptor.spiRange() + " must include SPI " + SpiVersion.CURRENT);
        for (ConfigProperty p : descriptor.properties()) {
            assertTrue(
                    !p.secret() || p.defaultValue() == null,
                    p.name() + ": a secret has no default");
            assertTrue(
                    p.name().matches("[a-z][a-z0-9-]*"),
                    p.name() + ": property names are lower-case with hyphens");
        }
    }

    @Test
    void initialisesAndCreatesAProvider() {
        F factory = initialised();
        try {
            assertNotNull(factory.create(), "create() after init");
        } finally {
            factory.close();
        }
    }
}
