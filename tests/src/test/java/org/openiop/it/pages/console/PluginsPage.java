package org.openiop.it.pages.console;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /console/plugins/: the plugins OpenIOP found, their states, and the rescan. */
public final class PluginsPage {

    public static final String HEADING = "Plugins";
    private static final By MAIN = By.tagName("main");
    private static final By ACTIVE_PLUGINS = By.cssSelector("section.state-ACTIVE");
    private static final By RESCAN = By.id("rescan:rescan-button");
    private static final By MESSAGES = By.id("messages");

    private final Chromium browser;

    public PluginsPage(Chromium browser) {
        this.browser = browser;
    }

    public PluginsPage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    /** The page's main content, as text. */
    public String text() {
        return browser.driver.findElement(MAIN).getText();
    }

    /** How many plugins the page shows as active. */
    public int activePlugins() {
        return browser.driver.findElements(ACTIVE_PLUGINS).size();
    }

    /** Reads the plugins folder again, and waits for the page to say so. */
    public void rescan() {
        browser.driver.findElement(RESCAN).click();
        browser.waitUpTo(20)
                .until(ExpectedConditions.textToBePresentInElementLocated(MESSAGES, "read again"));
    }
}
