package org.openiop.it.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Chromium;
import org.openiop.it.support.Coverage;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.People;
import org.openiop.it.support.Programs;
import org.openiop.it.support.Target;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The Coverage page in a real browser: a program's batch with its live progress bar, then one
 * check.
 */
class EligibilityPagesIT {

    /** An element's text, read again when the page's poll replaced the element in between. */
    static String text(Chromium chromium, String id) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                return chromium.driver.findElement(By.id(id)).getText();
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                if (attempt == 10) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    @Test
    void aProgramAdminChecksAWholeProgramWatchingTheBarAndThenOneMember() throws Exception {
        Api admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        Api intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        Programs program = Programs.fresh(admin);
        Enrolled active = Enrolled.fresh(intake, People.insured("Isolde", "ACT"));
        Enrolled slow = Enrolled.fresh(intake, People.insured("Isolde", "HANG"));
        Enrolled unconsented = Enrolled.fresh(intake, People.insured("Isolde", "ACT"));
        for (Enrolled m : List.of(active, slow, unconsented)) {
            program.add(admin, m);
        }
        Coverage.consentToPayment(active);
        Coverage.consentToPayment(slow);

        try (Chromium chromium = new Chromium()) {
            chromium.open(Target.app() + "/console/eligibility/");
            chromium.signInOnKeycloak(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
            chromium.waitForHeading("Insurance coverage");
            chromium.assertAccessible("console-eligibility");
            new Select(chromium.driver.findElement(By.id("check:program")))
                    .selectByValue(program.programId());
            chromium.waitUpTo(10)
                    .until(
                            ExpectedConditions.textToBePresentInElementLocated(
                                    By.id("check:participant"), active.pseudonym()));
            chromium.driver.findElement(By.id("check:all")).click();
            chromium.waitUpTo(10)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("progress:bar")));
            // The bar is live: the page polls, and the value moves until the batch is finished.
            List<String> values = new ArrayList<>();
            for (int i = 0;
                    i < 40 && chromium.driver.findElements(By.id("progress:finished")).isEmpty();
                    i++) {
                String done = text(chromium, "done");
                if (values.isEmpty() || !values.get(values.size() - 1).equals(done)) {
                    values.add(done);
                }
                Thread.sleep(250);
            }
            chromium.waitUpTo(20)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("progress:finished")));
            assertEquals("3", text(chromium, "done"));
            assertTrue(values.size() >= 2 || values.contains("3"), "the bar showed " + values);
            assertEquals("1", text(chromium, "count-active"));
            assertEquals("1", text(chromium, "count-unknown"));
            assertEquals("1", text(chromium, "count-skipped"));
            String table = text(chromium, "checks");
            assertTrue(
                    table.contains(active.pseudonym())
                            && table.contains(slow.pseudonym())
                            && table.contains(unconsented.pseudonym()),
                    table);
            assertTrue(table.contains("nothing was sent"), table);
            chromium.assertAccessible("console-eligibility-batch");

            new Select(chromium.driver.findElement(By.id("check:participant")))
                    .selectByVisibleText(active.pseudonym());
            chromium.driver.findElement(By.id("check:one")).click();
            chromium.waitUpTo(20)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("result-outcome")));
            assertEquals("ACTIVE", chromium.driver.findElement(By.id("result-outcome")).getText());
            assertTrue(
                    chromium.driver
                            .findElement(By.id("result-summary"))
                            .getText()
                            .contains("copay $30.00 per visit"));
            chromium.assertAccessible("console-eligibility-result");

            new Select(chromium.driver.findElement(By.id("check:participant")))
                    .selectByVisibleText(unconsented.pseudonym());
            chromium.driver.findElement(By.id("check:one")).click();
            chromium.waitUpTo(20)
                    .until(
                            ExpectedConditions.textToBePresentInElementLocated(
                                    By.id("check:messages"),
                                    "No consent in force permits disclosing to the health plan for"
                                            + " payment"));
        }
    }
}
