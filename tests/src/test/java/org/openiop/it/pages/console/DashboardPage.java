package org.openiop.it.pages.console;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;

/** /console/index.xhtml: the dashboard staff land on, with the console's menu. */
public final class DashboardPage {

    public static final String HEADING = "Dashboard";
    private static final By USERNAME = By.id("dashboard-username");
    private static final By PROGRAMS_TODAY = By.id("programs-today");
    private static final By MENU_PROGRAMS = By.cssSelector("a.menu-programs");

    private final Chromium browser;

    public DashboardPage(Chromium browser) {
        this.browser = browser;
    }

    public DashboardPage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    /** Who the dashboard says is signed in. */
    public String username() {
        return browser.driver.findElement(USERNAME).getText();
    }

    /** Today's programs, as text. */
    public String programsToday() {
        return browser.driver.findElement(PROGRAMS_TODAY).getText();
    }

    /** Follows "Programs" in the menu. */
    public void openPrograms() {
        browser.driver.findElement(MENU_PROGRAMS).click();
    }
}
