package org.openiop.it.pages.console;

import org.openiop.it.pages.Fields;
import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * /console/programs/group.xhtml: a group's schedule and sessions, its members, its settings, and a
 * single session added by hand.
 */
public final class GroupPage {

    private static final By MESSAGES = By.id("messages");
    private static final By SESSIONS = By.id("sessions");
    private static final By SESSION_LINKS = By.cssSelector("#sessions a");
    private static final By MEMBER_SEARCH = By.id("add-member:participant_input");
    private static final By MEMBER_FROM = By.id("add-member:member-from");
    private static final By ADD_MEMBER = By.id("add-member:add-member-button");
    private static final By ROSTER = By.id("members:roster");
    private static final By CAPACITY = By.id("group:capacity");
    private static final By SAVE = By.id("group:save-group");
    private static final By SESSION_DAY = By.id("add-session:day");
    private static final By SESSION_FROM = By.id("add-session:from");
    private static final By SESSION_TO = By.id("add-session:to");
    private static final By ADD_SESSION = By.id("add-session:add-session-button");

    private final Chromium browser;

    public GroupPage(Chromium browser) {
        this.browser = browser;
    }

    /** Waits for the heading, which is the group's name. */
    public GroupPage awaitHeading(String groupName) {
        browser.waitForHeading(groupName);
        return this;
    }

    /** After the group is made: the messages say how many sessions were scheduled. */
    public void awaitSessionsScheduled() {
        // Read again if the page is replaced while reading (seen on the EAR: a stale node).
        browser.waitUpTo(20)
                .until(
                        d ->
                                d.findElement(MESSAGES)
                                        .getText()
                                        .matches("(?s).*\\d+ sessions were scheduled.*"));
    }

    /** The sessions, as text. */
    public String sessions() {
        return browser.driver.findElement(SESSIONS).getText();
    }

    /**
     * Adds a member found by typing part of a pseudonym and choosing the suggestion, from an ISO
     * date, and waits until the roster shows them.
     */
    public void addMember(String typed, String pseudonym, String from) {
        browser.driver.findElement(MEMBER_SEARCH).sendKeys(typed);
        // The suggestions for the first letters may still be showing; wait for the one asked for.
        browser.waitUpTo(10)
                .until(
                        ExpectedConditions.elementToBeClickable(
                                By.xpath(
                                        "//li[contains(@class, 'ui-autocomplete-item') and"
                                                + " contains(., '"
                                                + pseudonym
                                                + "')]")))
                .click();
        Fields.setValue(browser, MEMBER_FROM, from);
        browser.driver.findElement(ADD_MEMBER).click();
        browser.waitUpTo(10)
                .until(ExpectedConditions.textToBePresentInElementLocated(ROSTER, pseudonym));
    }

    /** Sets the capacity and saves the group's settings. */
    public void saveCapacity(String capacity) {
        browser.driver.findElement(CAPACITY).clear();
        browser.driver.findElement(CAPACITY).sendKeys(capacity);
        browser.driver.findElement(SAVE).click();
    }

    /** Adds one session on an ISO date, from one time to another. */
    public void addSession(String day, String from, String to) {
        Fields.setValue(browser, SESSION_DAY, day);
        Fields.setValue(browser, SESSION_FROM, from);
        Fields.setValue(browser, SESSION_TO, to);
        browser.driver.findElement(ADD_SESSION).click();
    }

    /** Opens the session whose link mentions this (an ISO date). */
    public SessionPage openSession(String mentioning) {
        browser.driver.findElements(SESSION_LINKS).stream()
                .filter(a -> a.getText().contains(mentioning))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session on " + mentioning))
                .click();
        return new SessionPage(browser);
    }
}
