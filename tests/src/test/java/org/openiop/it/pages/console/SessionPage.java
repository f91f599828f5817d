package org.openiop.it.pages.console;

import org.openiop.it.pages.Fields;
import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * /console/sessions/session.xhtml: a session's roster, as its facilitator sees it, and attendance
 * marked by hand.
 */
public final class SessionPage {

    public static final String HEADING = "Session";
    private static final By ROSTER = By.id("roster:roster-table");
    private static final By ROSTER_ROWS = By.cssSelector("#roster\\:roster-table tbody tr");
    private static final By JOIN_ROOM = By.id("facilitate:join-room");
    private static final By WHO = By.id("mark:who");
    private static final By JOINED = By.id("mark:joined");
    private static final By LEFT = By.id("mark:left");
    private static final By MARK = By.id("mark:mark-button");

    /** One participant's row: where they are, from where, and the join decision. */
    public record RosterRow(String presence, String placeOfService, String joinVerdict) {}

    private final Chromium browser;

    public SessionPage(Chromium browser) {
        this.browser = browser;
    }

    public SessionPage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    public SessionPage awaitRoster() {
        browser.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(ROSTER));
        return this;
    }

    /** The roster row that shows this pseudonym. */
    public RosterRow row(String pseudonym) {
        WebElement row =
                browser.driver.findElements(ROSTER_ROWS).stream()
                        .filter(r -> r.getText().contains(pseudonym))
                        .findFirst()
                        .orElseThrow();
        return new RosterRow(
                row.findElement(By.cssSelector(".presence")).getText(),
                row.findElement(By.cssSelector(".place-of-service")).getText(),
                row.findElement(By.cssSelector(".join-verdict")).getText());
    }

    /** Whether the facilitator is offered the room. */
    public boolean offersTheRoom() {
        return browser.driver.findElements(JOIN_ROOM).size() == 1;
    }

    /** Marks a member (by pseudonym) present from one time to another. */
    public void markAttendance(String pseudonym, String joined, String left) {
        new Select(browser.driver.findElement(WHO)).selectByVisibleText(pseudonym);
        Fields.setValue(browser, JOINED, joined);
        Fields.setValue(browser, LEFT, left);
        browser.driver.findElement(MARK).click();
    }

    /** Waits up to ten seconds until the roster shows this. */
    public void awaitRosterShows(String text) {
        browser.waitUpTo(10)
                .until(ExpectedConditions.textToBePresentInElementLocated(ROSTER, text));
    }

    /** The roster, as text. */
    public String roster() {
        return browser.driver.findElement(ROSTER).getText();
    }
}
