package org.openiop.it.pages.console;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;

/** /console/privacy/break-glass.xhtml: emergency views for the privacy officer to review. */
public final class BreakGlassReviewPage {

    public static final String HEADING = "Emergency views to review";
    private static final By REVIEWS = By.id("reviews");

    private final Chromium browser;

    public BreakGlassReviewPage(Chromium browser) {
        this.browser = browser;
    }

    public BreakGlassReviewPage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    /** The views to review, as text. */
    public String reviews() {
        return browser.driver.findElement(REVIEWS).getText();
    }
}
