package org.openiop.it.pages;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What every page of the console and the portal has: the language switch. */
public final class Layout {

    private static final By SPANISH = By.id("language:es");
    private static final By HTML = By.tagName("html");

    private final Chromium browser;

    public Layout(Chromium browser) {
        this.browser = browser;
    }

    /** Switches to Spanish and waits until the page says it is in Spanish. */
    public void chooseSpanish() {
        browser.driver.findElement(SPANISH).click();
        awaitLanguage("es");
    }

    public void awaitLanguage(String language) {
        browser.waitUpTo(20).until(ExpectedConditions.attributeToBe(HTML, "lang", language));
    }
}
