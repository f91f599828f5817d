package org.openiop.it.pages.console;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /console/sessions/calendar.xhtml: the signed-in clinician's sessions on a calendar. */
public final class CalendarPage {

    public static final String HEADING = "Calendar";
    private static final By VIEW = By.cssSelector(".fc-timegrid, .fc-view");

    private final Chromium browser;

    public CalendarPage(Chromium browser) {
        this.browser = browser;
    }

    /** Waits for the heading and for the calendar itself, which a script draws. */
    public CalendarPage awaitShown() {
        browser.waitForHeading(HEADING);
        browser.waitUpTo(15).until(ExpectedConditions.presenceOfElementLocated(VIEW));
        return this;
    }
}
