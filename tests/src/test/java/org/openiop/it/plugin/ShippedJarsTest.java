package org.openiop.it.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No production archive carries a simulator: the EAR and the Payara Micro WAR as built, every jar
 * inside them (the bundled plugins among them) listed entry by entry. The payer and BigBlueButton
 * simulators live in the {@code simulators} module, package {@code org.openiop.simulator}, for the
 * tests, ./openiop run and the benchmarks only.
 *
 * <p>It runs in this module's package phase, after the reactor has built the EAR and the WAR (the
 * module depends on both), and reads the files Maven resolved for them.
 */
class ShippedJarsTest {

    /** The bundled plugins, which must be found inside both archives for the check to mean much. */
    private static final List<String> PLUGINS =
            List.of(
                    "eligibility-x12-",
                    "eligibility-fhir-",
                    "video-bigbluebutton-",
                    "video-jitsi-");

    @Test
    void theEarHoldsNoSimulator() throws IOException {
        checkShipped(System.getProperty("shipped.ear"), "lib/");
    }

    @Test
    void theMicroWarHoldsNoSimulator() throws IOException {
        checkShipped(System.getProperty("shipped.war"), "WEB-INF/lib/");
    }

    /** The check itself: a plugin jar with a simulator class or fixture put back is caught. */
    @Test
    void aSimulatorPutBackIntoAPluginIsFound(@TempDir Path dir) throws IOException {
        byte[] plugin =
                zip(
                        "org/openiop/plugin/eligibility/x12/X12EligibilityFactory.class",
                        "org/openiop/plugin/eligibility/x12/PayerSimulator.class",
                        "org/openiop/simulator/x12/members.tsv");
        Path war =
                Files.write(
                        dir.resolve("plugin.war"),
                        zip("WEB-INF/lib/eligibility-x12-0.1.0.jar", plugin));
        List<String> found = simulatorEntries(entries("openiop.war", war));
        assertEquals(
                List.of(
                        "openiop.war!/WEB-INF/lib/eligibility-x12-0.1.0.jar!/"
                                + "org/openiop/plugin/eligibility/x12/PayerSimulator.class",
                        "openiop.war!/WEB-INF/lib/eligibility-x12-0.1.0.jar!/"
                                + "org/openiop/simulator/x12/members.tsv"),
                found);
        assertEquals(
                List.of("openiop.war!/WEB-INF/lib/openiop-simulators-0.1.0.jar"),
                simulatorEntries(
                        entries(
                                "openiop.war",
                                Files.write(
                                        dir.resolve("simulators.war"),
                                        zip("WEB-INF/lib/openiop-simulators-0.1.0.jar", zip())))));
    }

    private static void checkShipped(String file, String libraries) throws IOException {
        assertTrue(
                file != null && Files.isRegularFile(Path.of(file)),
                "no archive at "
                        + file
                        + "; this test runs in the package phase after the EAR and WAR are built");
        List<String> entries = entries(Path.of(file).getFileName().toString(), Path.of(file));
        for (String plugin : PLUGINS) {
            // The EAR names its libraries groupId-artifactId-version.jar, the WAR
            // artifactId-version.jar.
            assertTrue(
                    entries.stream()
                            .anyMatch(
                                    e ->
                                            e.matches(
                                                    ".*!/"
                                                            + libraries
                                                            + "(org\\.openiop-)?"
                                                            + plugin
                                                            + "[^/]*\\.jar")),
                    file + " has no " + libraries + plugin + "*.jar to look into");
        }
        assertEquals(List.of(), simulatorEntries(entries), file + " ships simulator code");
    }

    /**
     * A simulator's class or fixture: anything in the simulators module's package, any OpenIOP
     * class named for a simulator, or the simulators module's jar itself. (Libraries have classes
     * of that name, ANTLR's ATNSimulator for one, which are no concern here.)
     */
    static List<String> simulatorEntries(List<String> entries) {
        return entries.stream()
                .filter(
                        e -> {
                            String inner = e.substring(e.lastIndexOf("!/") + 2);
                            String name = inner.substring(inner.lastIndexOf('/') + 1);
                            return inner.startsWith("org/openiop/simulator/")
                                    || (inner.startsWith("org/openiop/")
                                            && name.endsWith(".class")
                                            && name.contains("Simulator"))
                                    || name.startsWith("openiop-simulators");
                        })
                .toList();
    }

    /**
     * Every entry of an archive as "archive!/entry", and those of the archives inside it
     * ("archive!/lib/x.jar!/entry"), however deep. Each archive's directory is read, not its
     * entries' contents, which keeps a 50 MB EAR to a second or two.
     */
    static List<String> entries(String label, Path archive) throws IOException {
        List<String> all = new ArrayList<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                String path = label + "!/" + e.getName();
                all.add(path);
                if (e.getName().endsWith(".jar") || e.getName().endsWith(".war")) {
                    Path inner = Files.createTempFile("shipped-", ".zip");
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, inner, StandardCopyOption.REPLACE_EXISTING);
                        all.addAll(entries(path, inner));
                    } finally {
                        Files.delete(inner);
                    }
                }
            }
        }
        return all;
    }

    /** An archive with these entries, each empty. */
    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String name : names) {
                out.putNextEntry(new ZipEntry(name));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** An archive with one entry holding these bytes. */
    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
