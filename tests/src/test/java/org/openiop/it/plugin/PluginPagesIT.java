package org.openiop.it.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openiop.it.pages.console.CredentialsPage;
import org.openiop.it.pages.console.LicensingCheckPage;
import org.openiop.it.pages.console.LicensingMatrixPage;
import org.openiop.it.pages.console.PluginsPage;
import org.openiop.it.support.Chromium;
import org.openiop.it.support.People;
import org.openiop.it.support.Target;

/** The Plugins page and the licensing check in a real browser, with axe-core. */
class PluginPagesIT {

    @Test
    void aProgramAdminSeesThePluginsAndChecksALicense() throws Exception {
        try (Chromium chromium = new Chromium()) {
            chromium.open(Target.app() + "/console/plugins/");
            chromium.signInOnKeycloak(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
            PluginsPage plugins = new PluginsPage(chromium).awaitShown();
            String page = plugins.text();
            for (String id :
                    new String[] {
                        "licensing-state-license", "licensing-compacts", "licensing-state-rules"
                    }) {
                assertTrue(page.contains(id), id);
            }
            assertTrue(plugins.activePlugins() >= 3, "three active plugins");
            chromium.assertAccessible("console-plugins");
            plugins.rescan();

            chromium.open(Target.app() + "/console/licensing/check.xhtml");
            LicensingCheckPage check = new LicensingCheckPage(chromium).awaitShown();
            chromium.assertAccessible("console-licensing-check");
            check.ask("MARRIAGE_FAMILY_THERAPIST", "CA", "12012026");
            check.withCredential("CA", "LMFT 12345", "01012020");
            check.check();
            assertEquals("ALLOW", check.verdict());
            String obligations = check.obligations();
            assertTrue(
                    obligations.contains("CA_TELEHEALTH_CONSENT")
                            && obligations.contains("CA_PRESENT_LOCATION"),
                    obligations);
            chromium.assertAccessible("console-licensing-answer");
        }
    }

    @Test
    void aProgramAdminRecordsCredentialsAndReadsTheMatrix() throws Exception {
        String clinician = "it-matrix-" + People.letters(5);
        try (Chromium chromium = new Chromium()) {
            chromium.open(
                    Target.app() + "/console/licensing/credentials.xhtml?clinician=" + clinician);
            chromium.signInOnKeycloak(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
            new CredentialsPage(chromium).awaitShown().record("IL", "LCPC 180.0099", "2020-01-01");
            chromium.assertAccessible("console-credentials");

            // The demo program's evening group is facilitated by demo-clinician, who has no
            // credentials: review, never allow.
            chromium.open(
                    Target.app()
                            + "/console/licensing/matrix.xhtml?program=6f1d2c3e-0000-4000-8000-000000000001");
            LicensingMatrixPage.Matrix matrix =
                    new LicensingMatrixPage(chromium).awaitShown().matrix();
            assertTrue(matrix.text().contains(Target.CLINICIAN), matrix.text());
            assertTrue(matrix.cells("ALLOW") == 0, "no credentials, so nothing is allowed");
            assertFalse(matrix.cells("REVIEW") == 0);
            chromium.assertAccessible("console-matrix");
        }
    }
}
