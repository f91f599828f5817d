package org.openiop.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openiop.it.support.Chromium;
import org.openiop.it.support.Target;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The journeys of a clinician and a participant in a real browser, with axe-core on every page they
 * see (ours and Keycloak's login page).
 */
class BrowserJourneyIT {

    @Test
    void aClinicianSignsInSeesTheDashboardAndSignsOut() throws Exception {
        try (Chromium chromium = new Chromium()) {
            chromium.open(Target.app() + "/");
            chromium.waitForHeading("Welcome");
            chromium.assertAccessible("home");

            chromium.driver.findElement(By.id("to-console")).click();
            chromium.waitUpTo(20)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
            chromium.assertAccessible("keycloak-login");
            chromium.signInOnKeycloak(Target.CLINICIAN, Target.STAFF_PASSWORD);

            chromium.waitForHeading("Dashboard");
            assertEquals(
                    Target.CLINICIAN,
                    chromium.driver.findElement(By.id("dashboard-username")).getText());
            assertTrue(
                    chromium.driver
                            .findElement(By.id("programs-today"))
                            .getText()
                            .contains("Evening Adult IOP"));
            chromium.assertAccessible("console-dashboard");

            chromium.driver.findElement(By.cssSelector("a.menu-programs")).click();
            chromium.waitForHeading("Programs");
            chromium.assertAccessible("console-programs");

            chromium.driver.findElement(By.id("signout")).click();
            chromium.waitForHeading("Welcome");
            chromium.open(Target.app() + "/console/");
            chromium.waitUpTo(20)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        }
    }

    @Test
    void aParticipantChoosesSpanishAndTheChoiceIsRemembered() throws Exception {
        try (Chromium chromium = new Chromium()) {
            chromium.open(Target.app() + "/portal/");
            chromium.signInOnKeycloak(Target.PARTICIPANT, Target.PARTICIPANT_PASSWORD);
            chromium.waitForHeading("My sessions");
            // The demo participant belongs to the demo program's evening group.
            assertTrue(
                    chromium.driver
                            .findElement(By.id("my-sessions"))
                            .getText()
                            .contains("Evening Process Group"));
            chromium.assertAccessible("portal-en");

            chromium.driver.findElement(By.id("language:es")).click();
            chromium.waitForHeading("Mis sesiones");
            assertEquals(
                    "es", chromium.driver.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals(
                    "Cerrar sesión",
                    chromium.driver.findElement(By.id("signout")).getAttribute("value"),
                    "a button, labelled in Spanish");
            chromium.assertAccessible("portal-es");

            chromium.open(Target.app() + "/console/");
            chromium.waitForHeading("Esta página no es para su cuenta");
            chromium.assertAccessible("403-es");

            // The 403 page offers sign-out; after it, signing in again keeps Spanish (the choice is
            // remembered).
            chromium.driver.findElement(By.id("signout")).click();
            chromium.waitUpTo(20).until(ExpectedConditions.urlToBe(Target.app() + "/"));
            chromium.open(Target.app() + "/portal/");
            chromium.signInOnKeycloak(Target.PARTICIPANT, Target.PARTICIPANT_PASSWORD);
            chromium.waitForHeading("Mis sesiones");
        }
    }

    @Test
    void errorPagesAreFriendlyAndAccessible() throws Exception {
        try (Chromium chromium = new Chromium()) {
            chromium.open(Target.app() + "/no-such-page.xhtml");
            chromium.waitForHeading("We could not find that page");
            chromium.assertAccessible("404");
        }
    }
}
