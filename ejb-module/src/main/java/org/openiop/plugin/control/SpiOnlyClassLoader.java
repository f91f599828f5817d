package org.openiop.plugin.control;

/**
 * The parent of every external plugin jar's class loader. It shows the jar the JDK and the plugin
 * SPI, and nothing else of OpenIOP or its libraries: a plugin cannot reach Hibernate, the vault or
 * the container, and its own libraries cannot clash with ours.
 */
final class SpiOnlyClassLoader extends ClassLoader {

    private static final String SPI_PACKAGE = "org.openiop.plugin.spi.";

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader application;

    SpiOnlyClassLoader(ClassLoader application) {
        super("openiop-plugin-spi", ClassLoader.getPlatformClassLoader());
        this.application = application;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(SPI_PACKAGE)) {
            return application.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }
}
