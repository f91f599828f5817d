package org.openiop.it.pages;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Keycloak's page that has a new participant replace the temporary password. */
public final class KeycloakNewPasswordPage {

    private static final By NEW_PASSWORD = By.id("password-new");
    private static final By CONFIRM = By.id("password-confirm");
    private static final By SUBMIT = By.cssSelector("input[type=submit], button[type=submit]");

    private final Chromium browser;

    public KeycloakNewPasswordPage(Chromium browser) {
        this.browser = browser;
    }

    public KeycloakNewPasswordPage awaitShown() {
        browser.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(NEW_PASSWORD));
        return this;
    }

    /** Types the new password twice and submits. */
    public void setPassword(String password) {
        browser.driver.findElement(NEW_PASSWORD).sendKeys(password);
        browser.driver.findElement(CONFIRM).sendKeys(password);
        browser.driver.findElement(SUBMIT).click();
    }
}
