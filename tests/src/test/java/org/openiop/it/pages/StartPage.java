package org.openiop.it.pages;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;

/** The public start page (/), before anyone signs in. */
public final class StartPage {

    public static final String HEADING = "Welcome";
    private static final By TO_CONSOLE = By.id("to-console");

    private final Chromium browser;

    public StartPage(Chromium browser) {
        this.browser = browser;
    }

    public StartPage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    /** Follows the link for staff, which leads to Keycloak's sign-in. */
    public KeycloakSignInPage goToConsole() {
        browser.driver.findElement(TO_CONSOLE).click();
        return new KeycloakSignInPage(browser);
    }
}
