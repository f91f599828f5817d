package org.openiop.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Cookie;

/**
 * The cluster ./openiop test starts: nodes named node1, node2, ... behind HAProxy (the app's URL),
 * their process ids in {@code cluster.dir}/nodeN.pid. HAProxy's cookie OPENIOP_NODE names the node
 * that serves a browser.
 */
public final class Cluster {

    public static final String NODE_COOKIE = "OPENIOP_NODE";

    private Cluster() {}

    /** Kills the node as a power cut would (kill -9): no shutdown hook, nothing flushed. */
    public static void kill(String node) throws IOException, InterruptedException {
        Path pidFile = Path.of(Target.required("cluster.dir"), node + ".pid");
        String pid = Files.readString(pidFile, StandardCharsets.US_ASCII).trim();
        Process kill = new ProcessBuilder("kill", "-9", pid).redirectErrorStream(true).start();
        String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, kill.waitFor(), "kill -9 " + pid + " (" + node + "): " + output);
        // The process is gone when /proc no longer has it.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (Files.exists(Path.of("/proc", pid)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /** Sends this browser's next requests to {@code node}, as if HAProxy had chosen it. */
    public static void pin(Chromium browser, String node) {
        // Cookies are set on the page's host: open one first. HAProxy chose a node for that page
        // and set its own cookie, which goes first, or Chromium would send both.
        browser.open(Target.app() + "/health/live");
        browser.driver.manage().deleteAllCookies();
        browser.driver.manage().addCookie(new Cookie(NODE_COOKIE, node, "/"));
        browser.open(Target.app() + "/health/live");
        if (!node.equals(nodeOf(browser))) {
            throw new AssertionError(
                    "HAProxy did not keep the browser on " + node + ": " + nodeOf(browser));
        }
    }

    /** The node HAProxy last sent this browser to. */
    public static String nodeOf(Chromium browser) {
        Cookie cookie = browser.driver.manage().getCookieNamed(NODE_COOKIE);
        return cookie == null ? "" : cookie.getValue();
    }
}
