package org.openiop.it.pages.console;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /console/hours/report.xhtml: a program's weekly hours, one row and chart a member. */
public final class HoursReportPage {

    public static final String HEADING = "Weekly hours";
    private static final By MEMBER_ROWS = By.cssSelector("tr.member-hours");
    private static final By CHART = By.cssSelector("svg.hours-chart");

    /** One member's row: its text and how many charts it draws. */
    public record MemberRow(String text, int charts) {}

    private final Chromium browser;

    public HoursReportPage(Chromium browser) {
        this.browser = browser;
    }

    public HoursReportPage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    /** The row of the member with this pseudonym. */
    public MemberRow member(String pseudonym) {
        WebElement row =
                browser.driver.findElements(MEMBER_ROWS).stream()
                        .filter(r -> r.getText().contains(pseudonym))
                        .findFirst()
                        .orElseThrow();
        return new MemberRow(row.getText(), row.findElements(CHART).size());
    }
}
