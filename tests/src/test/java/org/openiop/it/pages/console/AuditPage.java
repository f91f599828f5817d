package org.openiop.it.pages.console;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /console/audit/: the audit trail, and its verification. */
public final class AuditPage {

    public static final String HEADING = "Audit trail";
    private static final By VERIFY = By.id("verify:verify-button");
    private static final By VERIFY_RESULT = By.id("verify-result");

    private final Chromium browser;

    public AuditPage(Chromium browser) {
        this.browser = browser;
    }

    public AuditPage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    /** Verifies the chain and waits for the result. */
    public void verify() {
        browser.driver.findElement(VERIFY).click();
        browser.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(VERIFY_RESULT));
    }

    public String verifyResult() {
        return browser.driver.findElement(VERIFY_RESULT).getText();
    }
}
