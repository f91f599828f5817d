package org.openiop.it.pages.console;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** /console/licensing/credentials.xhtml: one clinician's credentials, and a form to add one. */
public final class CredentialsPage {

    public static final String HEADING = "Clinician credentials";
    private static final By JURISDICTION = By.id("add:jurisdiction");
    private static final By NUMBER = By.id("add:number");
    private static final By FROM = By.id("add:from");
    private static final By RECORD = By.id("add:record");
    private static final By HELD = By.id("held:credentials");

    private final Chromium browser;

    public CredentialsPage(Chromium browser) {
        this.browser = browser;
    }

    public CredentialsPage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    /**
     * Records a license (state, number, valid from as yyyy-MM-dd) and waits until it is among the
     * credentials held. The date goes in by script: what keys a date input takes depends on the
     * browser's locale.
     */
    public void record(String jurisdiction, String number, String from) {
        new Select(browser.driver.findElement(JURISDICTION)).selectByValue(jurisdiction);
        browser.driver.findElement(NUMBER).sendKeys(number);
        browser.driver.executeScript(
                "arguments[0].value = '" + from + "';", browser.driver.findElement(FROM));
        browser.driver.findElement(RECORD).click();
        browser.waitUpTo(10)
                .until(ExpectedConditions.textToBePresentInElementLocated(HELD, number));
    }
}
