package org.openiop.it.pages.console;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * /console/participants/enroll.xhtml: intake enrolls someone, with their legal identity (sealed in
 * the vault), and gets the hand-out with the username and the temporary password.
 */
public final class EnrollPage {

    public static final String HEADING = "Enroll a participant";
    private static final By SUBMIT = By.id("enroll:submit");
    private static final By FIELD_ERROR = By.cssSelector(".field-error");
    private static final By DATE_OF_BIRTH = By.id("enroll:dateOfBirth");
    private static final By POSTAL_STATE = By.id("enroll:postalState");
    private static final By STATE_OF_RESIDENCE = By.id("enroll:stateOfResidence");
    private static final By HANDOUT = By.id("handout");
    private static final By HANDOUT_USERNAME = By.id("handout-username");
    private static final By HANDOUT_PASSWORD = By.id("handout-password");

    private final Chromium browser;

    public EnrollPage(Chromium browser) {
        this.browser = browser;
    }

    public EnrollPage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    public void submit() {
        browser.driver.findElement(SUBMIT).click();
    }

    public void awaitFieldErrors() {
        browser.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(FIELD_ERROR));
    }

    /** The legal name, and the date of birth as the browser's date field takes it. */
    public void enterIdentity(String first, String last, String dateOfBirthForTheBrowser) {
        type("legalFirstName", first);
        type("legalLastName", last);
        browser.driver.findElement(DATE_OF_BIRTH).sendKeys(dateOfBirthForTheBrowser);
    }

    public void enterContact(
            String phone, String street, String city, String state, String postalCode) {
        type("phone", phone);
        type("streetAddress", street);
        type("city", city);
        new Select(browser.driver.findElement(POSTAL_STATE)).selectByValue(state);
        type("postalCode", postalCode);
    }

    public void enterStateOfResidence(String state) {
        new Select(browser.driver.findElement(STATE_OF_RESIDENCE)).selectByValue(state);
    }

    public void enterEmergencyContact(String name, String phone) {
        type("emergencyContactName", name);
        type("emergencyContactPhone", phone);
    }

    public void awaitHandout() {
        browser.waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(HANDOUT));
    }

    public String handoutUsername() {
        return browser.driver.findElement(HANDOUT_USERNAME).getText();
    }

    public String handoutPassword() {
        return browser.driver.findElement(HANDOUT_PASSWORD).getText();
    }

    /** The whole hand-out, as text. */
    public String handout() {
        return browser.driver.findElement(HANDOUT).getText();
    }

    private void type(String field, String text) {
        WebElement input = browser.driver.findElement(By.id("enroll:" + field));
        input.clear();
        input.sendKeys(text);
    }
}
