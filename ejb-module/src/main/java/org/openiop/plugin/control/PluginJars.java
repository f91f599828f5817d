package org.openiop.plugin.control;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.openiop.plugin.spi.EligibilityCheckerFactory;
import org.openiop.plugin.spi.LicensingRuleFactory;
import org.openiop.plugin.spi.PluginFactory;
import org.openiop.plugin.spi.SpiVersion;
import org.openiop.plugin.spi.VersionRange;
import org.openiop.plugin.spi.VideoProviderFactory;

/**
 * Finds plugin factories: the bundled ones with {@link ServiceLoader} on the application's class
 * loader, and external ones in every {@code *.jar} of the plugins folder, each jar in its own class
 * loader whose parent shows only the SPI. A jar is refused, with the reason, when its manifest
 * names no SPI range or one that excludes this SPI, or when it cannot be read.
 */
public final class PluginJars {

    static final List<Class<? extends PluginFactory<?>>> KINDS =
            List.of(
                    VideoProviderFactory.class,
                    EligibilityCheckerFactory.class,
                    LicensingRuleFactory.class);

    /** A jar that could not be loaded, and why. */
    public record Refusal(String origin, String reason) {}

    /** What one look at the class path or the folder found. */
    public record Found(List<PluginCandidate> candidates, List<Refusal> refusals) {}

    private PluginJars() {}

    public static Found bundled(ClassLoader application) {
        List<PluginCandidate> found = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (Class<? extends PluginFactory<?>> kind : KINDS) {
            load(kind, application, PluginCandidate.BUNDLED, null, found, refused);
        }
        return new Found(found, refused);
    }

    public static Found external(Path folder, ClassLoader application) {
        List<PluginCandidate> found = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return new Found(found, refused);
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(folder)) {
            jars =
                    files.filter(
                                    p ->
                                            p.getFileName().toString().endsWith(".jar")
                                                    && Files.isRegularFile(p))
                            .sorted()
                            .toList();
        } catch (IOException e) {
            refused.add(
                    new Refusal(
                            folder.toString(),
                            "The plugins folder cannot be read ("
                                    + e.getClass().getSimpleName()
                                    + ")."));
            return new Found(found, refused);
        }
        for (Path jar : jars) {
            String origin = jar.getFileName().toString();
            String range;
            try (JarFile file = new JarFile(jar.toFile())) {
                range =
                        file.getManifest() == null
                                ? null
                                : file.getManifest()
                                        .getMainAttributes()
                                        .getValue(SpiVersion.MANIFEST_RANGE);
            } catch (IOException e) {
                refused.add(
                        new Refusal(
                                origin,
                                "The jar cannot be read (" + e.getClass().getSimpleName() + ")."));
                continue;
            }
            String problem = rangeProblem(range);
            if (problem != null) {
                refused.add(new Refusal(origin, problem));
                continue;
            }
            URLClassLoader loader;
            try {
                loader =
                        new URLClassLoader(
                                "plugin:" + origin,
                                new URL[] {jar.toUri().toURL()},
                                new SpiOnlyClassLoader(application));
            } catch (MalformedURLException e) {
                refused.add(new Refusal(origin, "The jar's path is not usable."));
                continue;
            }
            int before = found.size();
            for (Class<? extends PluginFactory<?>> kind : KINDS) {
                load(kind, loader, origin, loader, found, refused);
            }
            if (found.size() == before) {
                closeQuietly(loader);
                if (refused.stream().noneMatch(r -> r.origin().equals(origin))) {
                    refused.add(
                            new Refusal(
                                    origin,
                                    "The jar registers no plugin factory in META-INF/services."));
                }
            }
        }
        return new Found(found, refused);
    }

    /** Why a manifest's SPI range rules the jar out, or null when it accepts this SPI. */
    static String rangeProblem(String range) {
        if (range == null || range.isBlank()) {
            return "The jar's manifest has no "
                    + SpiVersion.MANIFEST_RANGE
                    + " entry (for example [1.0,2.0)).";
        }
        try {
            if (!VersionRange.parse(range).contains(SpiVersion.CURRENT)) {
                return "The jar requires plugin SPI "
                        + range.strip()
                        + ", but this OpenIOP offers SPI "
                        + SpiVersion.CURRENT
                        + ".";
            }
        } catch (IllegalArgumentException e) {
            return "The jar's "
                    + SpiVersion.MANIFEST_RANGE
                    + " is not a version range: "
                    + e.getMessage();
        }
        return null;
    }

    private static void load(
            Class<? extends PluginFactory<?>> kind,
            ClassLoader loader,
            String origin,
            URLClassLoader owner,
            List<PluginCandidate> found,
            List<Refusal> refused) {
        try {
            for (PluginFactory<?> factory : ServiceLoader.load(kind, loader)) {
                // ServiceLoader also walks parents; a jar must not re-register what the application
                // has.
                if (owner == null || factory.getClass().getClassLoader() == owner) {
                    found.add(new PluginCandidate(factory, origin, owner));
                }
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            refused.add(
                    new Refusal(
                            origin,
                            "A "
                                    + kind.getSimpleName()
                                    + " could not be created: "
                                    + e.getMessage()));
        }
    }

    public static void closeQuietly(URLClassLoader loader) {
        if (loader != null) {
            try {
                loader.close();
            } catch (IOException e) {
                // the files are released when the loader is collected
            }
        }
    }
}
