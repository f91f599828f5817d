package org.openiop.it.pages.portal;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The portal's form for a new consent (/portal/consents.xhtml, "new" form). */
public final class NewConsentPage {

    private static final By SIGNATURE = By.id("new:signature");
    private static final By UNTIL_DISCHARGE = By.id("new:until-discharge");
    private static final By SIGN = By.id("new:sign-consent");

    private final Chromium browser;

    public NewConsentPage(Chromium browser) {
        this.browser = browser;
    }

    public NewConsentPage awaitForm() {
        browser.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(SIGNATURE));
        return this;
    }

    /** Signs the consent to last until discharge, and waits for the page to say it is signed. */
    public void signUntilDischarge(String signature) {
        WebElement untilDischarge = browser.driver.findElement(UNTIL_DISCHARGE);
        if (!untilDischarge.isSelected()) {
            untilDischarge.click();
        }
        browser.driver.findElement(SIGNATURE).sendKeys(signature);
        browser.driver.findElement(SIGN).click();
        browser.waitUpTo(20).until(ExpectedConditions.urlContains("signed=true"));
    }
}
