package org.openiop.it.pages.console;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /console/sessions/session.xhtml: a session's roster, as its facilitator sees it. */
public final class SessionPage {

    private static final By ROSTER = By.id("roster:roster-table");
    private static final By ROSTER_ROWS = By.cssSelector("#roster\\:roster-table tbody tr");
    private static final By JOIN_ROOM = By.id("facilitate:join-room");

    /** One participant's row: where they are, from where, and the join decision. */
    public record RosterRow(String presence, String placeOfService, String joinVerdict) {}

    private final Chromium browser;

    public SessionPage(Chromium browser) {
        this.browser = browser;
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
}
