package org.openiop.it.pages.console;

import org.openiop.it.pages.Fields;
import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * /console/programs/program.xhtml: a new program or an existing one, its weekly hours, its
 * confidentiality agreement (and who has not signed it), and the form for a new group.
 */
public final class ProgramPage {

    public static final String NEW_HEADING = "New program";
    private static final By NAME = By.id("program:name");
    private static final By ZONE = By.id("program:zone");
    private static final By STARTS = By.id("program:starts");
    private static final By STATES = By.id("program:states");
    private static final By SAVE = By.id("program:save");
    private static final By HOURS = By.id("program:hours");
    private static final By GROUP_NAME = By.id("new-group:group-name");
    private static final By FACILITATORS = By.id("new-group:facilitators");
    private static final By DAYS = By.cssSelector("input[name='new-group:days']");
    private static final By START_TIME = By.id("new-group:start-time");
    private static final By END_TIME = By.id("new-group:end-time");
    private static final By CREATE_GROUP = By.id("new-group:create-group");
    private static final By AGREEMENT_TEXT = By.id("agreement:text");
    private static final By PUBLISH = By.id("agreement:publish");
    private static final By AGREEMENT_VERSION = By.id("agreement-version");
    private static final By UNSIGNED = By.id("unsigned");

    private final Chromium browser;

    public ProgramPage(Chromium browser) {
        this.browser = browser;
    }

    /** Waits for the page's heading: "New program", or the program's name. */
    public ProgramPage awaitHeading(String heading) {
        browser.waitForHeading(heading);
        return this;
    }

    /** Creates a program in one time zone and one state, starting on an ISO date. */
    public void create(String name, String zone, String starts, String state) {
        browser.driver.findElement(NAME).sendKeys(name);
        new Select(browser.driver.findElement(ZONE)).selectByValue(zone);
        Fields.setValue(browser, STARTS, starts);
        new Select(browser.driver.findElement(STATES)).selectByValue(state);
        browser.driver.findElement(SAVE).click();
    }

    /** The weekly hours the program asks of its members. */
    public String hours() {
        return browser.driver.findElement(HOURS).getAttribute("value");
    }

    /**
     * Creates a group with a facilitator, meeting on the days whose values match (a regular
     * expression over MONDAY...SUNDAY) from one time to another.
     */
    public void createGroup(
            String name, String facilitator, String daysMatching, String from, String to) {
        browser.driver.findElement(GROUP_NAME).sendKeys(name);
        browser.driver.findElement(FACILITATORS).sendKeys(facilitator);
        for (WebElement day : browser.driver.findElements(DAYS)) {
            if (day.getAttribute("value").matches(daysMatching)) {
                day.click();
            }
        }
        Fields.setValue(browser, START_TIME, from);
        Fields.setValue(browser, END_TIME, to);
        browser.driver.findElement(CREATE_GROUP).click();
    }

    /** Publishes the agreement (Markdown) and waits for its version. */
    public void publishAgreement(String markdown) {
        browser.driver.findElement(AGREEMENT_TEXT).sendKeys(markdown);
        browser.driver.findElement(PUBLISH).click();
        browser.waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(AGREEMENT_VERSION));
    }

    /** The members who have not signed the agreement, as text. */
    public String unsigned() {
        return browser.driver.findElement(UNSIGNED).getText();
    }
}
