package org.openiop.it.pages;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What every page of the console and the portal has: the language switch and sign-out. */
public final class Layout {

    private static final By SPANISH = By.id("language:es");
    private static final By HTML = By.tagName("html");
    private static final By SIGN_OUT = By.id("signout");

    private final Chromium browser;

    public Layout(Chromium browser) {
        this.browser = browser;
    }

    /** Clicks "Español" in the language switch. */
    public void chooseSpanish() {
        browser.driver.findElement(SPANISH).click();
    }

    public void awaitLanguage(String language) {
        browser.waitUpTo(20).until(ExpectedConditions.attributeToBe(HTML, "lang", language));
    }

    /** The page's language, as its html element declares it. */
    public String language() {
        return browser.driver.findElement(HTML).getAttribute("lang");
    }

    public void signOut() {
        browser.driver.findElement(SIGN_OUT).click();
    }

    /** The sign-out button's label. */
    public String signOutLabel() {
        return browser.driver.findElement(SIGN_OUT).getAttribute("value");
    }
}
