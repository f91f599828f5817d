package org.openiop.plugin.spi;

/** The version of this SPI. A plugin's {@link PluginDescriptor#spiRange()} must contain it. */
public final class SpiVersion {

    /** Semantic version of the contracts in this package. */
    public static final String CURRENT = "1.2.0";

    /** The manifest attribute in which a plugin jar names the SPI range it needs. */
    public static final String MANIFEST_RANGE = "OpenIOP-SPI-Range";

    private SpiVersion() {}
}
