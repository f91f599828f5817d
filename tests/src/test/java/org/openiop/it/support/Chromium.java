package org.openiop.it.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver (no downloads), and an axe-core check
 * of every page a journey visits.
 */
public final class Chromium implements AutoCloseable {

    public final ChromeDriver driver;
    private final Path profile;

    public Chromium() throws IOException {
        profile = Files.createTempDirectory("openiop-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-quic",
                "--no-first-run",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--lang=en-US",
                "--user-data-dir=" + profile);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(
                                new File(
                                        System.getProperty(
                                                "chromedriver.binary", "/usr/bin/chromedriver")))
                        .usingAnyFreePort()
                        .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public void open(String url) {
        driver.get(url);
    }

    /**
     * A wait that looks again when the page replaced the element it was reading (a postback, a
     * poll). Chromium reports that either as a stale element or, when the node went between finding
     * and reading it, as an inspector error "Node with given id does not belong to the document".
     */
    public WebDriverWait waitUpTo(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    /** Fills Keycloak's login form and submits it. */
    public void signInOnKeycloak(String username, String password) {
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        // Staff: Keycloak asks for the one-time code next. Anyone else leaves the login form: back
        // to
        // OpenIOP, or on to another of Keycloak's pages (a new participant sets a password).
        waitUpTo(20)
                .until(
                        d ->
                                !d.findElements(By.id("otp")).isEmpty()
                                        || d.findElements(By.id("kc-form-login")).isEmpty());
        if (!driver.findElements(By.id("otp")).isEmpty()) {
            driver.findElement(By.id("otp")).sendKeys(Totp.now(username));
            driver.findElement(By.id("kc-login")).click();
        }
    }

    public void waitForHeading(String text) {
        waitUpTo(20).until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    /** Fails when axe-core finds a serious or critical violation on the current page. */
    public void assertAccessible(String pageName) {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> bad =
                results.getViolations().stream()
                        .filter(
                                v ->
                                        "serious".equals(v.getImpact())
                                                || "critical".equals(v.getImpact()))
                        .toList();
        if (!bad.isEmpty()) {
            screenshot(pageName);
            throw new AssertionError(
                    pageName
                            + " ("
                            + driver.getCurrentUrl()
                            + ") has serious accessibility violations: "
                            + bad.stream()
                                    .map(
                                            v ->
                                                    v.getId()
                                                            + " ["
                                                            + v.getImpact()
                                                            + "] "
                                                            + v.getNodes().size()
                                                            + " node(s): "
                                                            + v.getNodes().stream()
                                                                    .map(
                                                                            n ->
                                                                                    String.valueOf(
                                                                                            n
                                                                                                    .getTarget()))
                                                                    .collect(
                                                                            Collectors.joining(
                                                                                    ", ")))
                                    .collect(Collectors.joining("; ")));
        }
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(
                    dir.resolve(name.replaceAll("[^A-Za-z0-9-]", "_") + ".png"),
                    driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // a missing screenshot must not hide the real failure
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .map(Path::toFile)
                    .forEach(File::delete);
        } catch (IOException e) {
            // temporary profile; the OS cleans up
        }
    }
}
