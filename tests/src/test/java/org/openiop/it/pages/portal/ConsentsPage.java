package org.openiop.it.pages.portal;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** /portal/consents.xhtml: the participant's consents, and the form for a new one. */
public final class ConsentsPage {

    public static final String HEADING = "My consents";
    private static final By TYPE = By.id("new:type");
    private static final By SIGNATURE = By.id("new:signature");
    private static final By UNTIL_DISCHARGE = By.id("new:until-discharge");
    private static final By SIGN = By.id("new:sign-consent");
    private static final By MINE = By.id("mine");
    private static final By MAIN = By.tagName("main");
    private static final By VIEW_OR_PRINT = By.linkText("View or print");

    private final Chromium browser;

    public ConsentsPage(Chromium browser) {
        this.browser = browser;
    }

    public ConsentsPage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    public ConsentsPage awaitForm() {
        browser.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(SIGNATURE));
        return this;
    }

    /** Signs the consent to last until discharge, and waits for the page to say it is signed. */
    public void signUntilDischarge(String signature) {
        WebElement untilDischarge = browser.driver.findElement(UNTIL_DISCHARGE);
        if (!untilDischarge.isSelected()) {
            untilDischarge.click();
        }
        browser.driver.findElement(SIGNATURE).sendKeys(signature);
        browser.driver.findElement(SIGN).click();
        browser.waitUpTo(20).until(ExpectedConditions.urlContains("signed=true"));
    }

    /** The consent type the form has chosen (a link can choose it: TPO...). */
    public String chosenType() {
        return new Select(browser.driver.findElement(TYPE))
                .getFirstSelectedOption()
                .getAttribute("value");
    }

    /** Signs the form as it stands and waits for the page to say the consent is recorded. */
    public void sign(String signature) {
        browser.driver.findElement(SIGNATURE).sendKeys(signature);
        browser.driver.findElement(SIGN).click();
        browser.waitUpTo(10)
                .until(
                        ExpectedConditions.textToBePresentInElementLocated(
                                MAIN, "Your consent is recorded"));
    }

    /** The participant's consents, as text. */
    public String mine() {
        return browser.driver.findElement(MINE).getText();
    }

    /** Opens the printable copy of the first consent listed. */
    public ConsentPrintPage viewOrPrint() {
        browser.driver.findElement(VIEW_OR_PRINT).click();
        return new ConsentPrintPage(browser);
    }
}
