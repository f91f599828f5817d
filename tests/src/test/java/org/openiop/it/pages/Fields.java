package org.openiop.it.pages;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Filling fields that do not take keystrokes the same way everywhere. */
public final class Fields {

    private Fields() {}

    /**
     * Sets a date or time input's value by script: what keys such an input takes depends on the
     * browser's locale.
     */
    public static void setValue(Chromium browser, By field, String value) {
        WebElement input = browser.driver.findElement(field);
        browser.driver.executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
