package org.openiop.it.pages.console;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;

/** /console/incidents/index.xhtml: the open incidents, for the privacy officer. */
public final class IncidentsPage {

    public static final String HEADING = "Incidents";
    private static final By OPEN_INCIDENT_LINKS = By.cssSelector("#open-incidents a.incident-link");

    private final Chromium browser;

    public IncidentsPage(Chromium browser) {
        this.browser = browser;
    }

    public IncidentsPage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    /** Opens the open incident whose link reads this. */
    public IncidentPage open(String title) {
        browser.driver.findElements(OPEN_INCIDENT_LINKS).stream()
                .filter(a -> a.getText().equals(title))
                .findFirst()
                .orElseThrow()
                .click();
        return new IncidentPage(browser);
    }
}
