package org.openiop.it.pages.console;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * /console/incidents/incident.xhtml: one incident, its sealed notes, the privacy officer's
 * assessment (the four factors of 45 CFR 164.402(2), breach or not, who is affected) and, once
 * assessed, the notification deadlines.
 */
public final class IncidentPage {

    public static final String HEADING = "Incident";
    private static final By NOTES = By.id("incident-notes");
    private static final By NATURE = By.id("assess:nature");
    private static final By RECIPIENT = By.id("assess:recipient");
    private static final By ACQUIRED = By.id("assess:acquired");
    private static final By MITIGATION = By.id("assess:mitigation");
    private static final By BREACH = By.id("assess:breach");
    private static final By AFFECTED = By.id("assess:affected");
    private static final By RESIDENTS = By.id("assess:residents");
    private static final By ASSESS = By.id("assess:assess-button");
    private static final By INDIVIDUALS_DUE = By.id("individuals-due");
    private static final By HHS_DUE = By.id("hhs-due");

    /** The risk assessment's four factors, as the privacy officer writes them. */
    public record Factors(String nature, String recipient, String acquired, String mitigation) {}

    private final Chromium browser;

    public IncidentPage(Chromium browser) {
        this.browser = browser;
    }

    public IncidentPage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    public String notes() {
        return browser.driver.findElement(NOTES).getText();
    }

    /**
     * Assesses the incident as a breach of this many people, residents per state ("IL=1"), and
     * waits for the deadlines.
     */
    public void assessAsBreach(Factors factors, String affected, String residents) {
        browser.driver.findElement(NATURE).sendKeys(factors.nature());
        browser.driver.findElement(RECIPIENT).sendKeys(factors.recipient());
        browser.driver.findElement(ACQUIRED).sendKeys(factors.acquired());
        browser.driver.findElement(MITIGATION).sendKeys(factors.mitigation());
        browser.driver.findElement(BREACH).click();
        browser.driver.findElement(AFFECTED).sendKeys(affected);
        browser.driver.findElement(RESIDENTS).sendKeys(residents);
        browser.driver.findElement(ASSESS).click();
        browser.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(INDIVIDUALS_DUE));
    }

    /** When the individuals must be told by. */
    public String individualsDue() {
        return browser.driver.findElement(INDIVIDUALS_DUE).getText();
    }

    /** When HHS must be told by. */
    public String hhsDue() {
        return browser.driver.findElement(HHS_DUE).getText();
    }
}
