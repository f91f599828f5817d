package org.openiop.plugin.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds a real plugin jar from Java source, as an integrator's build would: compiled against the
 * SPI on the test's class path, registered in META-INF/services, with the manifest's SPI range. For
 * tests of the host's loading (and of your own packaging) without a separate build.
 */
public final class PluginJarBuilder {

    private PluginJarBuilder() {}

    /**
     * @param className the factory's fully qualified name
     * @param source its source
     * @param serviceInterface the factory interface it registers under
     * @param spiRange the manifest's OpenIOP-SPI-Range, or null for none
     */
    public static Path build(
            Path dir,
            String jarName,
            String className,
            String source,
            String serviceInterface,
            String spiRange)
            throws IOException {
        Path work = Files.createTempDirectory("plugin-build-");
        Path src = Files.createDirectories(work.resolve("src"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        Path file = src.resolve(className.substring(className.lastIndexOf('.') + 1) + ".java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status =
                javac.run(
                        null,
                        null,
                        null,
                        "-d",
                        classes.toString(),
                        "-classpath",
                        System.getProperty("java.class.path"),
                        file.toString());
        if (status != 0) {
            throw new IllegalStateException("The test plugin did not compile.");
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (spiRange != null) {
            manifest.getMainAttributes().putValue("OpenIOP-SPI-Range", spiRange);
        }
        Path jar = work.resolve(jarName);
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jarOut = new JarOutputStream(out, manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path c : files.filter(Files::isRegularFile).toList()) {
                jarOut.putNextEntry(
                        new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                jarOut.write(Files.readAllBytes(c));
                jarOut.closeEntry();
            }
            jarOut.putNextEntry(new JarEntry("META-INF/services/" + serviceInterface));
            jarOut.write((className + "\n").getBytes(StandardCharsets.UTF_8));
            jarOut.closeEntry();
        }
        // Copied in whole, so that a folder being watched never sees a half-written jar.
        return Files.copy(
                jar, dir.resolve(jarName), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Source of a licensing plugin that always abstains, with the given id; {@code hang} makes
     * decide() block for ten minutes.
     */
    public static String licensingSource(String pkg, String id, boolean hang) {
        return licensingSource(pkg, id, hang, "List.of()");
    }

    /**
     * The same with configuration properties, given as a Java expression of type {@code
     * List<ConfigProperty>}, such as {@code List.of(ConfigProperty.secret("token", "Token",
     * "..."))}.
     */
    public static String licensingSource(String pkg, String id, boolean hang, String properties) {
        return String.join(
                "\n",
                List.of(
                        "package " + pkg + ";",
                        "import org.openiop.plugin.spi.*;",
                        "import java.util.List;",
                        "public class ExternalRuleFactory implements LicensingRuleFactory {",
                        "  public PluginDescriptor descriptor() {",
                        "    return new PluginDescriptor(\""
                                + id
                                + "\", \"External test rule\", \"0.1.0\", PluginKind.LICENSING,"
                                + " \"[1.0,2.0)\", "
                                + properties
                                + ");",
                        "  }",
                        "  public void init(PluginContext context) { }",
                        "  public LicensingRule create() {",
                        "    return q -> {",
                        hang
                                ? "      try { Thread.sleep(600_000); } catch (InterruptedException"
                                        + " e) { Thread.currentThread().interrupt(); }"
                                : "",
                        "      return LicensingDecision.abstain(\"external says nothing\");",
                        "    };",
                        "  }",
                        "}"));
    }

    /**
     * Source for a small video plugin factory (class {@code VideoFactory}) that reports the given
     * capabilities and makes rooms and links on an example address; for tests of loading and
     * listing.
     */
    public static String videoSource(String pkg, String id, boolean recordingControl, boolean baa) {
        return String.join(
                "\n",
                List.of(
                        "package " + pkg + ";",
                        "import org.openiop.plugin.spi.*;",
                        "import java.util.List;",
                        "import java.util.Map;",
                        "public class VideoFactory implements VideoProviderFactory {",
                        "  public PluginDescriptor descriptor() {",
                        "    return new PluginDescriptor(\""
                                + id
                                + "\", \"External test video\", \"0.1.0\", PluginKind.VIDEO,"
                                + " \"[1.0,2.0)\", List.of());",
                        "  }",
                        "  public void init(PluginContext context) { }",
                        "  public VideoProvider create() {",
                        "    return new VideoProvider() {",
                        "      public VideoCapabilities capabilities() {",
                        "        return new VideoCapabilities(false, "
                                + recordingControl
                                + ", true, true, false, "
                                + baa
                                + ", List.of(\"test vendor\"));",
                        "      }",
                        "      public Room createRoom(RoomRequest r) { return new Room(\"r-\" +"
                                + " r.sessionRef().hashCode(), r.sessionRef(), Map.of()); }",
                        "      public JoinLink joinLink(JoinRequest j) {",
                        "        return new"
                                + " JoinLink(java.net.URI.create(\"https://meet.example.org/\" +"
                                + " j.room().roomId()), j.validUntil());",
                        "      }",
                        "      public List<AttendanceEvent> readEvents(WebhookDelivery d) { throw"
                                + " new PluginException(\"unsigned\"); }",
                        "    };",
                        "  }",
                        "}"));
    }
}
