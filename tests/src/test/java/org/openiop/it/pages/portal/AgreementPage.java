package org.openiop.it.pages.portal;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;

/** /portal/agreement.xhtml: a program's confidentiality agreement, read and signed. */
public final class AgreementPage {

    public static final String HEADING = "Confidentiality agreement";
    private static final By TEXT = By.id("agreement-text");
    private static final By AGREE = By.id("sign:agree");
    private static final By SIGNATURE = By.id("sign:signature");
    private static final By SIGN = By.id("sign:sign-button");

    private final Chromium browser;

    public AgreementPage(Chromium browser) {
        this.browser = browser;
    }

    public AgreementPage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    /** The agreement, as text. */
    public String text() {
        return browser.driver.findElement(TEXT).getText();
    }

    /** Signs without ticking "I agree". */
    public void signWithoutAgreeing(String signature) {
        browser.driver.findElement(SIGNATURE).sendKeys(signature);
        browser.driver.findElement(SIGN).click();
    }

    /** Ticks "I agree", types the signature afresh and signs. */
    public void agreeAndSign(String signature) {
        browser.driver.findElement(AGREE).click();
        browser.driver.findElement(SIGNATURE).clear();
        browser.driver.findElement(SIGNATURE).sendKeys(signature);
        browser.driver.findElement(SIGN).click();
    }
}
