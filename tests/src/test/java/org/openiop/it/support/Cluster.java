package org.openiop.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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

    /**
     * Sends this browser's next requests to {@code node}, as if HAProxy had chosen it. The cookie
     * is set for the host only, exactly as HAProxy sets it, so that when HAProxy sends the browser
     * elsewhere its Set-Cookie replaces this one; a second cookie of the same name would keep
     * naming the first node and split a sign-in between two nodes.
     */
    public static void pin(Chromium browser, String node) {
        browser.driver.executeCdpCommand(
                "Network.setCookie",
                Map.of(
                        "name",
                        NODE_COOKIE,
                        "value",
                        node,
                        "url",
                        Target.app() + "/",
                        "httpOnly",
                        true,
                        "sameSite",
                        "Lax"));
        browser.open(Target.app() + "/health/live");
        if (!node.equals(nodeOf(browser))) {
            throw new AssertionError(
                    "HAProxy did not keep the browser on " + node + ": " + nodeOf(browser));
        }
    }

    /**
     * Waits until every node ({@code cluster.nodes}) has answered /health/ready with 200 three
     * times in a row, a second apart: after a database outage HAProxy brings nodes back one check
     * at a time, and a sign-in that starts meanwhile is sent to whichever node is back.
     */
    public static void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int inARow = 0;
        while (inARow < 3) {
            boolean all = true;
            for (String node : Target.required("cluster.nodes").split(",")) {
                all &= new Browserless().get(node + "/health/ready").statusCode() == 200;
            }
            inARow = all ? inARow + 1 : 0;
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the nodes did not stay ready");
            }
            Thread.sleep(1_000);
        }
    }

    /** The node HAProxy last sent this browser to. */
    public static String nodeOf(Chromium browser) {
        Cookie cookie = browser.driver.manage().getCookieNamed(NODE_COOKIE);
        return cookie == null ? "" : cookie.getValue();
    }
}
