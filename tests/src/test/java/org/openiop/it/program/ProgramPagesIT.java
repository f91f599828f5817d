package org.openiop.it.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Chromium;
import org.openiop.it.support.People;
import org.openiop.it.support.Target;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * In Chromium, with axe-core on every page: a program admin creates a program, a group with a
 * weekly schedule and an agreement, and adds a member; the participant signs the agreement and a
 * TPO consent in the portal; the facilitator marks attendance and sees the hours.
 */
class ProgramPagesIT {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private static void setValue(Chromium chromium, String id, String value) {
        WebElement input = chromium.driver.findElement(By.id(id));
        chromium.driver.executeScript("arguments[0].value = arguments[1];", input, value);
    }

    @Test
    void anAdminBuildsAProgramAndAGroupAndTheFacilitatorMarksAttendanceAndSeesTheHours()
            throws Exception {
        String programName = "Browser IOP " + People.letters(5);
        String groupName = "Tuesday Circle " + People.letters(4);
        LocalDate today = LocalDate.now(CHICAGO);
        String programUrl;
        String groupUrl;
        try (Chromium chromium = new Chromium()) {
            chromium.open(Target.app() + "/console/programs/program.xhtml");
            chromium.signInOnKeycloak(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
            chromium.waitForHeading("New program");
            chromium.assertAccessible("console-program-new");
            chromium.driver.findElement(By.id("program:name")).sendKeys(programName);
            new Select(chromium.driver.findElement(By.id("program:zone")))
                    .selectByValue("America/Chicago");
            setValue(chromium, "program:starts", today.minusWeeks(3).toString());
            new Select(chromium.driver.findElement(By.id("program:states"))).selectByValue("IL");
            chromium.driver.findElement(By.id("program:save")).click();
            chromium.waitForHeading(programName);
            assertEquals(
                    "9",
                    chromium.driver.findElement(By.id("program:hours")).getAttribute("value"),
                    "adult IOP default");
            programUrl = chromium.driver.getCurrentUrl();

            chromium.driver.findElement(By.id("new-group:group-name")).sendKeys(groupName);
            chromium.driver.findElement(By.id("new-group:facilitators")).sendKeys(Target.CLINICIAN);
            for (WebElement day :
                    chromium.driver.findElements(By.cssSelector("input[name='new-group:days']"))) {
                if (day.getAttribute("value").matches("MONDAY|WEDNESDAY|FRIDAY")) {
                    day.click();
                }
            }
            setValue(chromium, "new-group:start-time", "18:00");
            setValue(chromium, "new-group:end-time", "21:00");
            chromium.driver.findElement(By.id("new-group:create-group")).click();
            chromium.waitForHeading(groupName);
            // Read again if the page is replaced while reading (seen on the EAR: a stale node).
            chromium.waitUpTo(20)
                    .until(
                            d ->
                                    d.findElement(By.id("messages"))
                                            .getText()
                                            .matches("(?s).*\\d+ sessions were scheduled.*"));
            assertTrue(chromium.driver.findElement(By.id("sessions")).getText().contains("18:00"));
            groupUrl = chromium.driver.getCurrentUrl();

            // A member, found by typing part of a pseudonym.
            chromium.driver.findElement(By.id("add-member:participant_input")).sendKeys("Morning");
            // The suggestions for the first letters may still be showing; wait for the one asked
            // for.
            chromium.waitUpTo(10)
                    .until(
                            ExpectedConditions.elementToBeClickable(
                                    By.xpath(
                                            "//li[contains(@class, 'ui-autocomplete-item') and"
                                                    + " contains(., 'Morning Finch')]")))
                    .click();
            setValue(chromium, "add-member:member-from", today.minusWeeks(2).toString());
            chromium.driver.findElement(By.id("add-member:add-member-button")).click();
            chromium.waitUpTo(10)
                    .until(
                            ExpectedConditions.textToBePresentInElementLocated(
                                    By.id("members:roster"), "Morning Finch"));
            chromium.assertAccessible("console-group");

            // An impossible capacity is refused on the page, with a message saying what to fix.
            chromium.driver.findElement(By.id("group:capacity")).clear();
            chromium.driver.findElement(By.id("group:capacity")).sendKeys("0");
            chromium.driver.findElement(By.id("group:save-group")).click();
            chromium.waitUpTo(10)
                    .until(
                            ExpectedConditions.textToBePresentInElementLocated(
                                    By.id("messages"), "capacity"));

            // The program's confidentiality agreement, which members must sign.
            chromium.open(programUrl);
            chromium.waitForHeading(programName);
            chromium.driver
                    .findElement(By.id("agreement:text"))
                    .sendKeys("# Our agreement\n\nWhat is shared here stays here.");
            chromium.driver.findElement(By.id("agreement:publish")).click();
            chromium.waitUpTo(10)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("agreement-version")));
            assertTrue(
                    chromium.driver
                            .findElement(By.id("unsigned"))
                            .getText()
                            .contains("Morning Finch"));
            chromium.assertAccessible("console-program");

            // A single session yesterday evening, which the facilitator will mark.
            chromium.open(groupUrl);
            chromium.waitForHeading(groupName);
            setValue(chromium, "add-session:day", today.minusDays(1).toString());
            setValue(chromium, "add-session:from", "18:00");
            setValue(chromium, "add-session:to", "21:00");
            chromium.driver.findElement(By.id("add-session:add-session-button")).click();
            chromium.waitUpTo(10)
                    .until(
                            ExpectedConditions.textToBePresentInElementLocated(
                                    By.id("messages"), "The session was added"));
        }

        String programId = programUrl.substring(programUrl.indexOf("id=") + 3);
        try (Chromium chromium = new Chromium()) {
            chromium.open(Target.app() + "/portal/");
            chromium.signInOnKeycloak(Target.PARTICIPANT, Target.PARTICIPANT_PASSWORD);
            chromium.waitForHeading("My sessions");
            chromium.assertAccessible("portal-home-to-sign");
            chromium.driver.findElements(By.cssSelector("a.sign-agreement")).stream()
                    .filter(a -> a.getAttribute("href").contains(programId))
                    .findFirst()
                    .orElseThrow()
                    .click();
            chromium.waitForHeading("Confidentiality agreement");
            assertTrue(
                    chromium.driver
                            .findElement(By.id("agreement-text"))
                            .getText()
                            .contains("What is shared here stays here."));
            chromium.assertAccessible("portal-agreement");
            chromium.driver.findElement(By.id("sign:signature")).sendKeys("Morning Finch");
            chromium.driver.findElement(By.id("sign:sign-button")).click();
            chromium.waitUpTo(10)
                    .until(
                            ExpectedConditions.textToBePresentInElementLocated(
                                    By.id("messages"), "Tick the box"));
            chromium.driver.findElement(By.id("sign:agree")).click();
            chromium.driver.findElement(By.id("sign:signature")).clear();
            chromium.driver.findElement(By.id("sign:signature")).sendKeys("Morning Finch");
            chromium.driver.findElement(By.id("sign:sign-button")).click();
            chromium.waitForHeading("My sessions");
            assertTrue(
                    chromium.driver
                            .findElement(By.tagName("main"))
                            .getText()
                            .contains("Your signature is recorded"));

            chromium.driver.findElement(By.id("sign-tpo")).click();
            chromium.waitForHeading("My consents");
            assertEquals(
                    "TPO",
                    new Select(chromium.driver.findElement(By.id("new:type")))
                            .getFirstSelectedOption()
                            .getAttribute("value"));
            chromium.driver.findElement(By.id("new:signature")).sendKeys("Morning Finch");
            chromium.driver.findElement(By.id("new:sign-consent")).click();
            chromium.waitUpTo(10)
                    .until(
                            ExpectedConditions.textToBePresentInElementLocated(
                                    By.tagName("main"), "Your consent is recorded"));
            assertTrue(chromium.driver.findElement(By.id("mine")).getText().contains("In force"));
            chromium.assertAccessible("portal-consents");
            chromium.driver.findElement(By.linkText("View or print")).click();
            chromium.waitForHeading("Consent");
            assertTrue(
                    chromium.driver
                            .findElement(By.id("consent-print"))
                            .getText()
                            .contains("You may revoke this consent"));
            chromium.assertAccessible("portal-consent-print");
        }

        try (Chromium chromium = new Chromium()) {
            chromium.open(Target.app() + "/console/sessions/calendar.xhtml");
            chromium.signInOnKeycloak(Target.CLINICIAN, Target.STAFF_PASSWORD);
            chromium.waitForHeading("Calendar");
            chromium.waitUpTo(15)
                    .until(
                            ExpectedConditions.presenceOfElementLocated(
                                    By.cssSelector(".fc-timegrid, .fc-view")));
            chromium.assertAccessible("console-calendar");

            chromium.open(groupUrl);
            chromium.waitForHeading(groupName);
            String yesterday = today.minusDays(1).toString();
            chromium.driver.findElements(By.cssSelector("#sessions a")).stream()
                    .filter(a -> a.getText().contains(yesterday))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no session on " + yesterday))
                    .click();
            chromium.waitForHeading("Session");
            new Select(chromium.driver.findElement(By.id("mark:who")))
                    .selectByVisibleText("Morning Finch");
            setValue(chromium, "mark:joined", "18:05");
            setValue(chromium, "mark:left", "20:35");
            chromium.driver.findElement(By.id("mark:mark-button")).click();
            chromium.waitUpTo(10)
                    .until(
                            ExpectedConditions.textToBePresentInElementLocated(
                                    By.id("roster:roster-table"), "150"));
            assertTrue(
                    chromium.driver
                            .findElement(By.id("roster:roster-table"))
                            .getText()
                            .contains("Left"));
            chromium.assertAccessible("console-session");

            chromium.open(
                    programUrl
                            .replace(
                                    "/console/programs/program.xhtml",
                                    "/console/hours/report.xhtml")
                            .replace("?id=", "?program="));
            chromium.waitForHeading("Weekly hours");
            WebElement row =
                    chromium.driver.findElements(By.cssSelector("tr.member-hours")).stream()
                            .filter(r -> r.getText().contains("Morning Finch"))
                            .findFirst()
                            .orElseThrow();
            assertTrue(row.getText().contains("2.5 h"), row.getText());
            assertEquals(1, row.findElements(By.cssSelector("svg.hours-chart")).size());
            chromium.assertAccessible("console-hours");
        }
    }
}
