package org.openiop.it.pages.console;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /console/participants/: the participants the signed-in staff may see, and a search. */
public final class ParticipantsPage {

    public static final String HEADING = "Participants";
    private static final By LIST = By.id("list:participants");
    private static final By ROWS = By.cssSelector("#list\\:participants tbody tr");
    private static final By BODY = By.cssSelector("#list\\:participants tbody");
    private static final By SEARCH = By.id("list:search");
    private static final By APPLY = By.id("list:apply");

    private final Chromium browser;

    public ParticipantsPage(Chromium browser) {
        this.browser = browser;
    }

    public ParticipantsPage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    public void awaitRows() {
        browser.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(ROWS));
    }

    /** Searches, and waits for the new list, which shows this. */
    public void search(String text, String expected) {
        WebElement before = browser.driver.findElement(LIST);
        browser.driver.findElement(SEARCH).sendKeys(text);
        browser.driver.findElement(APPLY).click();
        browser.waitUpTo(20).until(ExpectedConditions.stalenessOf(before));
        browser.waitUpTo(20)
                .until(ExpectedConditions.textToBePresentInElementLocated(BODY, expected));
    }

    public int rows() {
        return browser.driver.findElements(ROWS).size();
    }

    /** Opens the participant whose link reads this pseudonym. */
    public ParticipantPage open(String pseudonym) {
        browser.driver.findElement(By.linkText(pseudonym)).click();
        return new ParticipantPage(browser);
    }
}
