package org.openiop.it.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openiop.it.support.Chromium;
import org.openiop.it.support.People;
import org.openiop.it.support.Target;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The participant pages in a real browser, with axe-core on each: intake enrolls someone and gets
 * the hand-out, the new participant signs in for the first time and picks a pseudonym, staff use
 * the list, the vault, the emergency-view review and the audit page.
 */
class ParticipantPagesIT {

    @Test
    void intakeEnrollsAndTheNewParticipantSignsInAndChoosesAPseudonym() throws Exception {
        People.Person person = People.distinctive("Araminta");
        String username;
        String password;
        try (Chromium chromium = new Chromium()) {
            chromium.open(Target.app() + "/console/participants/enroll.xhtml");
            chromium.signInOnKeycloak(Target.INTAKE, Target.STAFF_PASSWORD);
            chromium.waitForHeading("Enroll a participant");
            chromium.assertAccessible("console-enroll");

            chromium.driver.findElement(By.id("enroll:submit")).click();
            chromium.waitUpTo(20)
                    .until(
                            ExpectedConditions.presenceOfElementLocated(
                                    By.cssSelector(".field-error")));
            assertTrue(chromium.driver.getPageSource().contains("Legal last name is required."));
            chromium.assertAccessible("console-enroll-errors");

            type(chromium, "legalFirstName", person.first());
            type(chromium, "legalLastName", person.last());
            chromium.driver
                    .findElement(By.id("enroll:dateOfBirth"))
                    .sendKeys(dateForTheBrowser(person.dateOfBirth()));
            type(chromium, "phone", "+1 312 555 0100");
            type(chromium, "streetAddress", "5 Invented Lane");
            type(chromium, "city", "Peoria");
            new Select(chromium.driver.findElement(By.id("enroll:postalState")))
                    .selectByValue("IL");
            type(chromium, "postalCode", "61602");
            new Select(chromium.driver.findElement(By.id("enroll:stateOfResidence")))
                    .selectByValue("IL");
            type(chromium, "emergencyContactName", "Morgan Placeholder");
            type(chromium, "emergencyContactPhone", "312-555-0199");
            chromium.driver.findElement(By.id("enroll:submit")).click();

            chromium.waitUpTo(30)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("handout")));
            username = chromium.driver.findElement(By.id("handout-username")).getText();
            password = chromium.driver.findElement(By.id("handout-password")).getText();
            assertTrue(username.matches("[a-z]+-[a-z]+-[0-9]{4}"), username);
            String handout = chromium.driver.findElement(By.id("handout")).getText().toLowerCase();
            for (String word :
                    new String[] {
                        "addiction",
                        "substance",
                        "iop",
                        "program",
                        "treatment",
                        person.last().toLowerCase()
                    }) {
                assertFalse(handout.contains(word), "the hand-out says " + word);
            }
            chromium.assertAccessible("console-enroll-handout");

            chromium.open(Target.app() + "/console/participants/enroll.xhtml");
            chromium.waitForHeading("Enroll a participant");
            assertFalse(
                    chromium.driver.getPageSource().contains(password),
                    "the password is shown once only");
        }

        try (Chromium chromium = new Chromium()) {
            chromium.open(Target.app() + "/portal/");
            chromium.signInOnKeycloak(username, password);
            chromium.waitUpTo(20)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("password-new")));
            String fresh = "Own-Secret-" + People.letters(6) + "5K";
            chromium.driver.findElement(By.id("password-new")).sendKeys(fresh);
            chromium.driver.findElement(By.id("password-confirm")).sendKeys(fresh);
            chromium.driver
                    .findElement(By.cssSelector("input[type=submit], button[type=submit]"))
                    .click();

            chromium.waitForHeading("The name your group sees");
            chromium.assertAccessible("portal-pseudonym");
            WebElement field = chromium.driver.findElement(By.id("choose:pseudonym"));
            field.sendKeys(person.first() + " Star");
            chromium.driver.findElement(By.id("choose:save")).click();
            chromium.waitUpTo(20)
                    .until(
                            ExpectedConditions.textToBePresentInElementLocated(
                                    By.id("messages"), "legal name"));
            assertFalse(
                    chromium.driver
                            .findElement(By.tagName("main"))
                            .getText()
                            .contains(person.last()));
            chromium.assertAccessible("portal-pseudonym-refused");

            String suggestion =
                    chromium.driver.findElement(By.cssSelector("#suggestions a")).getText();
            chromium.driver.findElement(By.cssSelector("#suggestions a")).click();
            chromium.waitUpTo(20)
                    .until(
                            ExpectedConditions.attributeToBe(
                                    By.id("choose:pseudonym"), "value", suggestion));
            chromium.driver.findElement(By.id("choose:save")).click();
            chromium.waitUpTo(20)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("saved-pseudonym")));
            assertEquals(
                    suggestion, chromium.driver.findElement(By.id("saved-pseudonym")).getText());

            chromium.open(Target.app() + "/portal/");
            chromium.waitForHeading("My sessions");
            assertEquals(
                    suggestion, chromium.driver.findElement(By.id("portal-pseudonym")).getText());
            assertFalse(
                    chromium.driver.getPageSource().contains(person.last()),
                    "the portal shows no real name");
        }
    }

    @Test
    void intakeFindsAParticipantAndOpensTheIdentityForAStatedPurpose() throws Exception {
        try (Chromium chromium = new Chromium()) {
            chromium.open(Target.app() + "/console/participants/");
            chromium.signInOnKeycloak(Target.INTAKE, Target.STAFF_PASSWORD);
            chromium.waitForHeading("Participants");
            chromium.waitUpTo(20)
                    .until(
                            ExpectedConditions.presenceOfElementLocated(
                                    By.cssSelector("#list\\:participants tbody tr")));
            chromium.assertAccessible("console-participants");

            WebElement before = chromium.driver.findElement(By.id("list:participants"));
            chromium.driver.findElement(By.id("list:search")).sendKeys("Morning Finch");
            chromium.driver.findElement(By.id("list:apply")).click();
            chromium.waitUpTo(20).until(ExpectedConditions.stalenessOf(before));
            chromium.waitUpTo(20)
                    .until(
                            ExpectedConditions.textToBePresentInElementLocated(
                                    By.cssSelector("#list\\:participants tbody"),
                                    "amber-heron-4821"));
            assertEquals(
                    1,
                    chromium.driver
                            .findElements(By.cssSelector("#list\\:participants tbody tr"))
                            .size());

            chromium.driver.findElement(By.linkText("Morning Finch")).click();
            chromium.waitForHeading("Participant");
            chromium.assertAccessible("console-participant");
            new Select(chromium.driver.findElement(By.id("read-identity:purpose")))
                    .selectByValue("ENROLLMENT");
            chromium.driver.findElement(By.id("read-identity:open")).click();
            chromium.waitUpTo(20)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("identity")));
            assertTrue(chromium.driver.findElement(By.id("identity")).getText().contains("Avery"));
            chromium.assertAccessible("console-participant-identity");
        }
    }

    @Test
    void aClinicianSeesPseudonymsOnlyAndAPrivacyOfficerReviewsTheEmergencyView() throws Exception {
        try (Chromium chromium = new Chromium()) {
            chromium.open(Target.app() + "/console/participants/?q=Harbor%20Light");
            chromium.signInOnKeycloak(Target.CLINICIAN, Target.STAFF_PASSWORD);
            chromium.waitForHeading("Participants");
            assertEquals(
                    1,
                    chromium.driver
                            .findElements(By.cssSelector("#list\\:participants tbody tr"))
                            .size());
            chromium.driver.findElement(By.linkText("Harbor Light")).click();
            chromium.waitForHeading("Participant");
            assertFalse(
                    chromium.driver.getPageSource().contains("Jordan"),
                    "no identity without an emergency view");
            new Select(chromium.driver.findElement(By.id("break-glass:reason")))
                    .selectByValue("DUTY_TO_WARN");
            chromium.driver.findElement(By.id("break-glass:open-emergency")).click();
            chromium.waitUpTo(20)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("identity")));
            assertTrue(chromium.driver.findElement(By.id("identity")).getText().contains("Jordan"));
            chromium.driver.findElement(By.id("signout")).click();
        }
        try (Chromium chromium = new Chromium()) {
            chromium.open(Target.app() + "/console/privacy/break-glass.xhtml");
            chromium.signInOnKeycloak(Target.PRIVACY_OFFICER, Target.STAFF_PASSWORD);
            chromium.waitForHeading("Emergency views to review");
            chromium.assertAccessible("console-break-glass-review");
            assertTrue(
                    chromium.driver
                            .findElement(By.id("reviews"))
                            .getText()
                            .contains(Target.CLINICIAN));

            chromium.open(Target.app() + "/console/audit/");
            chromium.waitForHeading("Audit trail");
            chromium.driver.findElement(By.id("verify:verify-button")).click();
            chromium.waitUpTo(20)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("verify-result")));
            assertTrue(
                    chromium.driver
                            .findElement(By.id("verify-result"))
                            .getText()
                            .matches("intact, [0-9]+ events"),
                    chromium.driver.findElement(By.id("verify-result")).getText());
            chromium.assertAccessible("console-audit");
        }
    }

    private static void type(Chromium chromium, String field, String text) {
        WebElement input = chromium.driver.findElement(By.id("enroll:" + field));
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Chromium's date field takes the digits in the order of its en-US display: month, day, year.
     */
    private static String dateForTheBrowser(String isoDate) {
        String[] ymd = isoDate.split("-");
        return ymd[1] + ymd[2] + ymd[0];
    }
}
