package org.openiop.it.pages.console;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * /console/participants/participant.xhtml: one participant by pseudonym; the identity opens only
 * for a stated purpose, or in an emergency view (break-glass) with a reason.
 */
public final class ParticipantPage {

    public static final String HEADING = "Participant";
    private static final By PURPOSE = By.id("read-identity:purpose");
    private static final By OPEN_IDENTITY = By.id("read-identity:open");
    private static final By EMERGENCY_REASON = By.id("break-glass:reason");
    private static final By OPEN_EMERGENCY = By.id("break-glass:open-emergency");
    private static final By IDENTITY = By.id("identity");

    private final Chromium browser;

    public ParticipantPage(Chromium browser) {
        this.browser = browser;
    }

    public ParticipantPage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    /** Opens the identity for this purpose (ENROLLMENT...) and waits for it. */
    public void openIdentity(String purpose) {
        new Select(browser.driver.findElement(PURPOSE)).selectByValue(purpose);
        browser.driver.findElement(OPEN_IDENTITY).click();
        browser.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(IDENTITY));
    }

    /** Opens an emergency view for this reason (DUTY_TO_WARN...) and waits for the identity. */
    public void openEmergencyView(String reason) {
        new Select(browser.driver.findElement(EMERGENCY_REASON)).selectByValue(reason);
        browser.driver.findElement(OPEN_EMERGENCY).click();
        browser.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(IDENTITY));
    }

    /** The identity as shown, once opened. */
    public String identity() {
        return browser.driver.findElement(IDENTITY).getText();
    }
}
