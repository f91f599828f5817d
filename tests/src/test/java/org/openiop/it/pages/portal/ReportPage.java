package org.openiop.it.pages.portal;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** /portal/report.xhtml: a participant reports a problem in a session, and sees their reports. */
public final class ReportPage {

    public static final String HEADING = "Report a problem";
    private static final By SESSION = By.id("report:session");
    private static final By NOTES = By.id("report:notes");
    private static final By REPORT = By.id("report:report-button");
    private static final By MESSAGES = By.id("messages");
    private static final By MY_REPORTS = By.id("my-reports");

    private final Chromium browser;

    public ReportPage(Chromium browser) {
        this.browser = browser;
    }

    public ReportPage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    /** Reports a problem of this kind in this session, with notes, and waits for the thanks. */
    public void report(String kind, String sessionId, String notes) {
        browser.driver
                .findElement(By.cssSelector("input[name='report:kind'][value='" + kind + "']"))
                .click();
        new Select(browser.driver.findElement(SESSION)).selectByValue(sessionId);
        browser.driver.findElement(NOTES).sendKeys(notes);
        browser.driver.findElement(REPORT).click();
        browser.waitUpTo(20)
                .until(
                        ExpectedConditions.textToBePresentInElementLocated(
                                MESSAGES, "privacy officer"));
    }

    public String myReports() {
        return browser.driver.findElement(MY_REPORTS).getText();
    }
}
