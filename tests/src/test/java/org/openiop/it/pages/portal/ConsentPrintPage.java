package org.openiop.it.pages.portal;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;

/** /portal/consent.xhtml: one consent, printable, with what the participant may do about it. */
public final class ConsentPrintPage {

    public static final String HEADING = "Consent";
    private static final By PRINT = By.id("consent-print");

    private final Chromium browser;

    public ConsentPrintPage(Chromium browser) {
        this.browser = browser;
    }

    public ConsentPrintPage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    /** The consent, as text. */
    public String text() {
        return browser.driver.findElement(PRINT).getText();
    }
}
