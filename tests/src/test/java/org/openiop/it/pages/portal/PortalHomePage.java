package org.openiop.it.pages.portal;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;

/** /portal/index.xhtml: the participant's sessions. */
public final class PortalHomePage {

    public static final String HEADING = "My sessions";
    private static final By JOIN_LINK = By.cssSelector("a.join-link");
    private static final By MY_SESSIONS = By.id("my-sessions");
    private static final By PSEUDONYM = By.id("portal-pseudonym");
    private static final By SIGN_AGREEMENT_LINKS = By.cssSelector("a.sign-agreement");
    private static final By SIGN_TPO = By.id("sign-tpo");

    private final Chromium browser;

    public PortalHomePage(Chromium browser) {
        this.browser = browser;
    }

    public PortalHomePage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    /** The name the portal greets the participant by. */
    public String pseudonym() {
        return browser.driver.findElement(PSEUDONYM).getText();
    }

    /** The list of the participant's sessions, as text. */
    public String mySessions() {
        return browser.driver.findElement(MY_SESSIONS).getText();
    }

    /** Follows the first session's join link. */
    public JoinPage joinFirstSession() {
        browser.driver.findElement(JOIN_LINK).click();
        return new JoinPage(browser);
    }

    /** Follows the link to sign the agreement of this program. */
    public AgreementPage signAgreementOf(String programId) {
        browser.driver.findElements(SIGN_AGREEMENT_LINKS).stream()
                .filter(a -> a.getAttribute("href").contains(programId))
                .findFirst()
                .orElseThrow()
                .click();
        return new AgreementPage(browser);
    }

    /** Follows the link to consent to treatment, payment and operations. */
    public ConsentsPage signTpo() {
        browser.driver.findElement(SIGN_TPO).click();
        return new ConsentsPage(browser);
    }
}
