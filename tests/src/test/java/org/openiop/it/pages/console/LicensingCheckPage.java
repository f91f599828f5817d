package org.openiop.it.pages.console;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * /console/licensing/check.xhtml: a licensing decision for a profession, a place and a date, with
 * the credentials typed in, answered with a verdict and its obligations.
 */
public final class LicensingCheckPage {

    public static final String HEADING = "Licensing check";
    private static final By PROFESSION = By.id("check:profession");
    private static final By JURISDICTION = By.id("check:jurisdiction");
    private static final By DATE = By.id("check:date");
    private static final By FIRST_CREDENTIAL_JURISDICTION =
            By.cssSelector("select[id$=':0:cred-jurisdiction']");
    private static final By FIRST_CREDENTIAL_NUMBER = By.cssSelector("input[id$=':0:number']");
    private static final By FIRST_CREDENTIAL_FROM = By.cssSelector("input[id$=':0:from']");
    private static final By CHECK = By.id("check:check-button");
    private static final By VERDICT = By.id("verdict");
    private static final By OBLIGATIONS = By.id("obligations");

    private final Chromium browser;

    public LicensingCheckPage(Chromium browser) {
        this.browser = browser;
    }

    public LicensingCheckPage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    /** What is asked: a profession, where the participant is, and the date as typed (MMDDYYYY). */
    public void ask(String profession, String jurisdiction, String date) {
        new Select(browser.driver.findElement(PROFESSION)).selectByValue(profession);
        new Select(browser.driver.findElement(JURISDICTION)).selectByValue(jurisdiction);
        browser.driver.findElement(DATE).sendKeys(date);
    }

    /** The first credential row: a license's state, number and start date as typed (MMDDYYYY). */
    public void withCredential(String jurisdiction, String number, String from) {
        new Select(browser.driver.findElement(FIRST_CREDENTIAL_JURISDICTION))
                .selectByValue(jurisdiction);
        browser.driver.findElement(FIRST_CREDENTIAL_NUMBER).sendKeys(number);
        browser.driver.findElement(FIRST_CREDENTIAL_FROM).sendKeys(from);
    }

    /** Asks for the decision and waits for the verdict. */
    public void check() {
        browser.driver.findElement(CHECK).click();
        browser.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(VERDICT));
    }

    public String verdict() {
        return browser.driver.findElement(VERDICT).getText();
    }

    public String obligations() {
        return browser.driver.findElement(OBLIGATIONS).getText();
    }
}
