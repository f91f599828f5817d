package org.openiop.it.pages.console;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * /console/eligibility/: insurance coverage. A program admin checks a whole program (a batch with a
 * live progress bar and counts) or one participant (the outcome and its summary).
 */
public final class EligibilityPage {

    public static final String HEADING = "Insurance coverage";
    private static final By PROGRAM = By.id("check:program");
    private static final By PARTICIPANT = By.id("check:participant");
    private static final By CHECK_ALL = By.id("check:all");
    private static final By CHECK_ONE = By.id("check:one");
    private static final By MESSAGES = By.id("check:messages");
    private static final By PROGRESS_BAR = By.id("progress:bar");
    private static final By FINISHED = By.id("progress:finished");
    private static final By OUTCOME = By.id("result-outcome");
    private static final By SUMMARY = By.id("result-summary");

    private final Chromium browser;

    public EligibilityPage(Chromium browser) {
        this.browser = browser;
    }

    public EligibilityPage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    /** Chooses the program, and waits until its participants (this one among them) are listed. */
    public void chooseProgram(String programId, String oneOfItsPseudonyms) {
        new Select(browser.driver.findElement(PROGRAM)).selectByValue(programId);
        browser.waitUpTo(10)
                .until(
                        ExpectedConditions.textToBePresentInElementLocated(
                                PARTICIPANT, oneOfItsPseudonyms));
    }

    /** Starts the program's batch and waits for the progress bar. */
    public void checkAll() {
        browser.driver.findElement(CHECK_ALL).click();
        browser.waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(PROGRESS_BAR));
    }

    public boolean batchFinished() {
        return !browser.driver.findElements(FINISHED).isEmpty();
    }

    public void awaitBatchFinished() {
        browser.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(FINISHED));
    }

    /** How many of the batch are done, as the bar says. */
    public String done() throws InterruptedException {
        return text("done");
    }

    /** A count under the bar: "active", "unknown" or "skipped". */
    public String count(String outcome) throws InterruptedException {
        return text("count-" + outcome);
    }

    /** The batch's table of checks, as text. */
    public String checks() throws InterruptedException {
        return text("checks");
    }

    /** Checks one participant, chosen by pseudonym. */
    public void checkOne(String pseudonym) {
        new Select(browser.driver.findElement(PARTICIPANT)).selectByVisibleText(pseudonym);
        browser.driver.findElement(CHECK_ONE).click();
    }

    public void awaitOutcome() {
        browser.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(OUTCOME));
    }

    public String outcome() {
        return browser.driver.findElement(OUTCOME).getText();
    }

    public String summary() {
        return browser.driver.findElement(SUMMARY).getText();
    }

    /** Waits until the form's messages say this. */
    public void awaitMessage(String text) {
        browser.waitUpTo(20)
                .until(ExpectedConditions.textToBePresentInElementLocated(MESSAGES, text));
    }

    /** An element's text, read again when the page's poll replaced the element in between. */
    private String text(String id) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                return browser.driver.findElement(By.id(id)).getText();
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                if (attempt == 10) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }
}
