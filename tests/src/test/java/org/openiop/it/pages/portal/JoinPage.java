package org.openiop.it.pages.portal;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * /portal/join.xhtml: the gates before a session (the agreement, the consents, the window) and,
 * once they are met, the questions (where are you, the re-affirmation, the camera) and Join.
 */
public final class JoinPage {

    public static final String HEADING = "Join your session";
    private static final By STOP_MESSAGE = By.id("join-stop-message");
    private static final By AGREE = By.id("sign:agree");
    private static final By AGREEMENT_SIGNATURE = By.id("sign:signature");
    private static final By SIGN_AGREEMENT = By.id("sign:sign-button");
    private static final By LOCATION = By.id("join:location");
    private static final By REAFFIRM = By.id("join:reaffirm");
    private static final By JOIN = By.id("join:join-button");

    private final Chromium browser;

    public JoinPage(Chromium browser) {
        this.browser = browser;
    }

    public JoinPage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    /** The gate that stops the participant (data-gate: AGREEMENT, CONSENTS, WINDOW...). */
    public String stopGate() {
        return browser.driver.findElement(STOP_MESSAGE).getAttribute("data-gate");
    }

    public String stopMessage() {
        return browser.driver.findElement(STOP_MESSAGE).getText();
    }

    public void awaitStopAt(String gate) {
        browser.waitUpTo(20)
                .until(ExpectedConditions.attributeToBe(STOP_MESSAGE, "data-gate", gate));
    }

    /** Ticks "I agree", signs with this name and sends. */
    public void signAgreement(String signature) {
        browser.driver.findElement(AGREE).click();
        browser.driver.findElement(AGREEMENT_SIGNATURE).sendKeys(signature);
        browser.driver.findElement(SIGN_AGREEMENT).click();
    }

    /** Follows the link to sign a consent of this type (TELEHEALTH, TPO). */
    public ConsentsPage signConsent(String type) {
        browser.driver.findElement(By.cssSelector("a.sign-" + type)).click();
        return new ConsentsPage(browser);
    }

    /** Every gate before the questions is met: the Join button is there. */
    public void awaitQuestions() {
        browser.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(JOIN));
    }

    /** Answers the questions (a state, the re-affirmation, a camera choice) and joins. */
    public void join(String location, String camera) {
        new Select(browser.driver.findElement(LOCATION)).selectByValue(location);
        browser.driver.findElement(REAFFIRM).click();
        browser.driver
                .findElement(By.cssSelector("input[name='join:camera'][value='" + camera + "']"))
                .click();
        browser.driver.findElement(JOIN).click();
    }
}
