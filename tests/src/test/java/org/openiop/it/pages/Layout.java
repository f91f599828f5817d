package org.openiop.it.pages;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What every page of the console and the portal has: the language switch, sign-out, the messages
 * and the main content.
 */
public final class Layout {

    private static final By SPANISH = By.id("language:es");
    private static final By HTML = By.tagName("html");
    private static final By SIGN_OUT = By.id("signout");
    private static final By MESSAGES = By.id("messages");
    private static final By MAIN = By.tagName("main");

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

    /** Waits up to this many seconds until the page's messages say this. */
    public void awaitMessage(String text, int seconds) {
        browser.waitUpTo(seconds)
                .until(ExpectedConditions.textToBePresentInElementLocated(MESSAGES, text));
    }

    /** The page's main content, as text. */
    public String main() {
        return browser.driver.findElement(MAIN).getText();
    }
}
