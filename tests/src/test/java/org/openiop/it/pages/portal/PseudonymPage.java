package org.openiop.it.pages.portal;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /portal/pseudonym.xhtml: the participant chooses the name their group sees. */
public final class PseudonymPage {

    public static final String HEADING = "The name your group sees";
    private static final By PSEUDONYM = By.id("choose:pseudonym");
    private static final By SAVE = By.id("choose:save");
    private static final By MESSAGES = By.id("messages");
    private static final By MAIN = By.tagName("main");
    private static final By FIRST_SUGGESTION = By.cssSelector("#suggestions a");
    private static final By SAVED = By.id("saved-pseudonym");

    private final Chromium browser;

    public PseudonymPage(Chromium browser) {
        this.browser = browser;
    }

    public PseudonymPage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    /** Types a name into the field (after what is there) and saves. */
    public void propose(String pseudonym) {
        browser.driver.findElement(PSEUDONYM).sendKeys(pseudonym);
        save();
    }

    public void save() {
        browser.driver.findElement(SAVE).click();
    }

    /** Waits until the page's messages say this. */
    public void awaitMessage(String text) {
        browser.waitUpTo(20)
                .until(ExpectedConditions.textToBePresentInElementLocated(MESSAGES, text));
    }

    /** The page's main content, as text. */
    public String text() {
        return browser.driver.findElement(MAIN).getText();
    }

    public String firstSuggestion() {
        return browser.driver.findElement(FIRST_SUGGESTION).getText();
    }

    /** Clicks the first suggestion, and waits until it is in the field. */
    public void takeFirstSuggestion(String suggestion) {
        browser.driver.findElement(FIRST_SUGGESTION).click();
        browser.waitUpTo(20)
                .until(ExpectedConditions.attributeToBe(PSEUDONYM, "value", suggestion));
    }

    public void awaitSaved() {
        browser.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(SAVED));
    }

    public String savedPseudonym() {
        return browser.driver.findElement(SAVED).getText();
    }
}
