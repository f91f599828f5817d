package org.openiop.plugin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openiop.plugin.spi.LicensingRuleFactory;
import org.openiop.plugin.testkit.PluginJarBuilder;

class PluginJarsTest {

    private static final String SERVICE = LicensingRuleFactory.class.getName();

    @Test
    void anExternalJarLoadsInItsOwnClassLoaderThatSeesOnlyTheSpi(@TempDir Path dir)
            throws Exception {
        PluginJarBuilder.build(
                dir,
                "good.jar",
                "ext.good.ExternalRuleFactory",
                PluginJarBuilder.licensingSource("ext.good", "licensing-external", false),
                SERVICE,
                "[1.0,2.0)");
        PluginJars.Found found = PluginJars.external(dir, PluginJarsTest.class.getClassLoader());
        assertEquals(0, found.refusals().size(), found.refusals().toString());
        assertEquals(1, found.candidates().size());
        PluginCandidate candidate = found.candidates().get(0);
        assertEquals("good.jar", candidate.origin());
        assertEquals("licensing-external", candidate.factory().descriptor().id());
        assertNotSame(
                PluginJarsTest.class.getClassLoader(),
                candidate.factory().getClass().getClassLoader());
        assertThrows(
                ClassNotFoundException.class,
                () ->
                        Class.forName(
                                "org.openiop.identity.boundary.IdentityVault",
                                false,
                                candidate.loader()),
                "a plugin cannot reach OpenIOP's own classes");
        assertEquals(
                LicensingRuleFactory.class,
                Class.forName(SERVICE, false, candidate.loader()),
                "the SPI is shared");
        PluginJars.closeQuietly(candidate.loader());
    }

    @Test
    void aJarThatNeedsAnotherSpiRangeIsRefusedWithThatReason(@TempDir Path dir) throws Exception {
        PluginJarBuilder.build(
                dir,
                "future.jar",
                "ext.future.ExternalRuleFactory",
                PluginJarBuilder.licensingSource("ext.future", "licensing-future", false),
                SERVICE,
                "[2.0,3.0)");
        PluginJars.Found found = PluginJars.external(dir, PluginJarsTest.class.getClassLoader());
        assertEquals(0, found.candidates().size());
        assertEquals(
                "The jar requires plugin SPI [2.0,3.0), but this OpenIOP offers SPI 1.2.0.",
                found.refusals().get(0).reason());
    }

    @Test
    void aJarWithoutTheManifestEntryOrWithoutServicesIsRefused(@TempDir Path dir) throws Exception {
        PluginJarBuilder.build(
                dir,
                "bare.jar",
                "ext.bare.ExternalRuleFactory",
                PluginJarBuilder.licensingSource("ext.bare", "licensing-bare", false),
                SERVICE,
                null);
        PluginJars.Found found = PluginJars.external(dir, PluginJarsTest.class.getClassLoader());
        assertTrue(
                found.refusals().get(0).reason().contains("no OpenIOP-SPI-Range"),
                found.refusals().toString());
    }
}
