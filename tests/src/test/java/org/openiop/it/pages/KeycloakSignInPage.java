package org.openiop.it.pages;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Keycloak's sign-in form, where the console and the portal send whoever is not signed in. {@link
 * Chromium#signInOnKeycloak} fills it.
 */
public final class KeycloakSignInPage {

    private static final By FORM = By.id("kc-form-login");

    private final Chromium browser;

    public KeycloakSignInPage(Chromium browser) {
        this.browser = browser;
    }

    public KeycloakSignInPage awaitShown() {
        browser.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(FORM));
        return this;
    }
}
