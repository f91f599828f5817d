package org.openiop.it.pages.console;

import org.openiop.it.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /console/licensing/matrix.xhtml: a program's clinicians × states, each cell a verdict. */
public final class LicensingMatrixPage {

    public static final String HEADING = "Licensing matrix";
    private static final By TABLE = By.id("matrix-table");

    private final Chromium browser;

    public LicensingMatrixPage(Chromium browser) {
        this.browser = browser;
    }

    public LicensingMatrixPage awaitShown() {
        browser.waitForHeading(HEADING);
        return this;
    }

    /** The matrix, read once. */
    public Matrix matrix() {
        return new Matrix(browser.driver.findElement(TABLE));
    }

    /** The matrix as read: its text and how many cells carry each verdict. */
    public static final class Matrix {

        private final WebElement table;

        Matrix(WebElement table) {
            this.table = table;
        }

        public String text() {
            return table.getText();
        }

        /** How many cells say this verdict (ALLOW, REVIEW, DENY). */
        public int cells(String verdict) {
            return table.findElements(By.cssSelector("td.verdict-" + verdict)).size();
        }
    }
}
