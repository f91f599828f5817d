package org.openiop.it.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openiop.it.support.Chromium;
import org.openiop.it.support.People;
import org.openiop.it.support.Target;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The Plugins page and the licensing check in a real browser, with axe-core. */
class PluginPagesIT {

    @Test
    void aProgramAdminSeesThePluginsAndChecksALicense() throws Exception {
        try (Chromium chromium = new Chromium()) {
            chromium.open(Target.app() + "/console/plugins/");
            chromium.signInOnKeycloak(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
            chromium.waitForHeading("Plugins");
            String page = chromium.driver.findElement(By.tagName("main")).getText();
            for (String id :
                    new String[] {
                        "licensing-state-license", "licensing-compacts", "licensing-state-rules"
                    }) {
                assertTrue(page.contains(id), id);
            }
            assertTrue(
                    chromium.driver.findElements(By.cssSelector("section.state-ACTIVE")).size()
                            >= 3,
                    "three active plugins");
            chromium.assertAccessible("console-plugins");
            chromium.driver.findElement(By.id("rescan:rescan-button")).click();
            chromium.waitUpTo(20)
                    .until(
                            ExpectedConditions.textToBePresentInElementLocated(
                                    By.id("messages"), "read again"));

            chromium.open(Target.app() + "/console/licensing/check.xhtml");
            chromium.waitForHeading("Licensing check");
            chromium.assertAccessible("console-licensing-check");
            new Select(chromium.driver.findElement(By.id("check:profession")))
                    .selectByValue("MARRIAGE_FAMILY_THERAPIST");
            new Select(chromium.driver.findElement(By.id("check:jurisdiction")))
                    .selectByValue("CA");
            chromium.driver.findElement(By.id("check:date")).sendKeys("12012026");
            new Select(
                            chromium.driver.findElement(
                                    By.cssSelector("select[id$=':0:cred-jurisdiction']")))
                    .selectByValue("CA");
            chromium.driver
                    .findElement(By.cssSelector("input[id$=':0:number']"))
                    .sendKeys("LMFT 12345");
            chromium.driver
                    .findElement(By.cssSelector("input[id$=':0:from']"))
                    .sendKeys("01012020");
            chromium.driver.findElement(By.id("check:check-button")).click();
            chromium.waitUpTo(20)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
            assertEquals("ALLOW", chromium.driver.findElement(By.id("verdict")).getText());
            String obligations = chromium.driver.findElement(By.id("obligations")).getText();
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
            chromium.waitForHeading("Clinician credentials");
            new Select(chromium.driver.findElement(By.id("add:jurisdiction"))).selectByValue("IL");
            chromium.driver.findElement(By.id("add:number")).sendKeys("LCPC 180.0099");
            chromium.driver.executeScript(
                    "arguments[0].value = '2020-01-01';",
                    chromium.driver.findElement(By.id("add:from")));
            chromium.driver.findElement(By.id("add:record")).click();
            chromium.waitUpTo(10)
                    .until(
                            ExpectedConditions.textToBePresentInElementLocated(
                                    By.id("held:credentials"), "LCPC 180.0099"));
            chromium.assertAccessible("console-credentials");

            // The demo program's evening group is facilitated by demo-clinician, who has no
            // credentials: review, never allow.
            chromium.open(
                    Target.app()
                            + "/console/licensing/matrix.xhtml?program=6f1d2c3e-0000-4000-8000-000000000001");
            chromium.waitForHeading("Licensing matrix");
            WebElement table = chromium.driver.findElement(By.id("matrix-table"));
            assertTrue(table.getText().contains(Target.CLINICIAN), table.getText());
            assertTrue(
                    table.findElements(By.cssSelector("td.verdict-ALLOW")).isEmpty(),
                    "no credentials, so nothing is allowed");
            assertFalse(table.findElements(By.cssSelector("td.verdict-REVIEW")).isEmpty());
            chromium.assertAccessible("console-matrix");
        }
    }
}
