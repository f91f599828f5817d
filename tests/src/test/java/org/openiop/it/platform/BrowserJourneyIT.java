package org.openiop.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openiop.it.pages.KeycloakSignInPage;
import org.openiop.it.pages.Layout;
import org.openiop.it.pages.StartPage;
import org.openiop.it.pages.console.DashboardPage;
import org.openiop.it.pages.portal.PortalHomePage;
import org.openiop.it.support.Chromium;
import org.openiop.it.support.Target;
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
            StartPage start = new StartPage(chromium).awaitShown();
            chromium.assertAccessible("home");

            start.goToConsole().awaitShown();
            chromium.assertAccessible("keycloak-login");
            chromium.signInOnKeycloak(Target.CLINICIAN, Target.STAFF_PASSWORD);

            DashboardPage dashboard = new DashboardPage(chromium).awaitShown();
            assertEquals(Target.CLINICIAN, dashboard.username());
            assertTrue(dashboard.programsToday().contains("Evening Adult IOP"));
            chromium.assertAccessible("console-dashboard");

            dashboard.openPrograms();
            chromium.waitForHeading("Programs");
            chromium.assertAccessible("console-programs");

            new Layout(chromium).signOut();
            new StartPage(chromium).awaitShown();
            chromium.open(Target.app() + "/console/");
            new KeycloakSignInPage(chromium).awaitShown();
        }
    }

    @Test
    void aParticipantChoosesSpanishAndTheChoiceIsRemembered() throws Exception {
        try (Chromium chromium = new Chromium()) {
            chromium.open(Target.app() + "/portal/");
            chromium.signInOnKeycloak(Target.PARTICIPANT, Target.PARTICIPANT_PASSWORD);
            PortalHomePage home = new PortalHomePage(chromium).awaitShown();
            // The demo participant belongs to the demo program's evening group.
            assertTrue(home.mySessions().contains("Evening Process Group"));
            chromium.assertAccessible("portal-en");

            Layout layout = new Layout(chromium);
            layout.chooseSpanish();
            chromium.waitForHeading("Mis sesiones");
            assertEquals("es", layout.language());
            assertEquals("Cerrar sesión", layout.signOutLabel(), "a button, labelled in Spanish");
            chromium.assertAccessible("portal-es");

            chromium.open(Target.app() + "/console/");
            chromium.waitForHeading("Esta página no es para su cuenta");
            chromium.assertAccessible("403-es");

            // The 403 page offers sign-out; after it, signing in again keeps Spanish (the choice is
            // remembered).
            layout.signOut();
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
