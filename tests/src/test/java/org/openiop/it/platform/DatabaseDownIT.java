package org.openiop.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.Health;
import org.openiop.it.support.Programs;
import org.openiop.it.support.Target;
import org.openiop.it.support.Tokens;

/**
 * PostgreSQL stopped for 30 s under load (issue 17): readiness goes DOWN within 5 s naming the
 * database; every request in the outage gets a quick 503 that says why (none a 500, none held past
 * the pool's 10 s wait); a page gets the friendly page; after the restart readiness is UP within 15
 * s and the load succeeds again by itself; what was committed before is still there; and the log
 * gets a few lines, no stack trace. Run by ./openiop test on its own, because it stops the database
 * every PostgreSQL tier shares ({@code openiop.pg.stop} and {@code openiop.pg.start} are the
 * scripts that do it), once against one node and once against a cluster through HAProxy ({@code
 * openiop.app.log} then lists every node's log).
 */
class DatabaseDownIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);

    /** What the load generator saw: when, which caller, the status, and how long it took. */
    private record Answer(long atMs, String who, int status, long tookMs, String body) {}

    @Test
    void aDatabaseOutageIsA503ThatEndsByItself() throws Exception {
        // One log per node: a cluster's nodes each see the outage.
        List<Path> logs =
                java.util.Arrays.stream(Target.required("openiop.app.log").split(","))
                        .map(Path::of)
                        .toList();
        List<Long> linesBefore = new ArrayList<>();
        for (Path log : logs) {
            linesBefore.add(lines(log));
        }
        Api admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        Api participant = Api.as(Target.PARTICIPANT, Target.PARTICIPANT_PASSWORD);
        Browserless portal = new Browserless();
        String report = Target.app() + "/portal/report.xhtml";
        assertEquals(
                200,
                portal.signIn(report, Target.PARTICIPANT, Target.PARTICIPANT_PASSWORD)
                        .statusCode());
        String committed = Programs.fresh(admin).programId();
        assertEquals(200, admin.get("/programs/" + committed).statusCode());

        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        long began = System.currentTimeMillis();
        ExecutorService load = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            boolean staff = i % 2 == 0;
            load.submit(
                    () -> {
                        while (loading.get()) {
                            long start = System.currentTimeMillis();
                            HttpResponse<String> r =
                                    staff
                                            ? admin.get("/programs")
                                            : participant.get("/me/incidents");
                            answers.add(
                                    new Answer(
                                            start - began,
                                            staff ? "staff" : "participant",
                                            r.statusCode(),
                                            System.currentTimeMillis() - start,
                                            r.body()));
                            pause(100);
                        }
                        return null;
                    });
        }
        pause(3_000);

        long stoppedAt = System.currentTimeMillis() - began;
        run("openiop.pg.stop");
        long downAfterMs = waitForReadiness("DOWN", Duration.ofSeconds(20)) - stoppedAt - began;
        JsonObject database = Health.check(readiness(), "database");
        assertEquals("DOWN", database.getString("status"));
        assertTrue(
                database.getJsonObject("data").getString("reason").contains("jdbc/openiop"),
                "readiness names the database: " + database);

        HttpResponse<String> page = portal.get(report);
        HttpResponse<String> apiDown = admin.get("/programs/" + committed);
        pause(OUTAGE.toMillis() - (System.currentTimeMillis() - began - stoppedAt));
        long startedAt = System.currentTimeMillis() - began;
        run("openiop.pg.start");
        long upAfterMs = waitForReadiness("UP", Duration.ofSeconds(30)) - startedAt - began;
        pause(5_000);
        loading.set(false);
        load.shutdown();
        assertTrue(load.awaitTermination(40, TimeUnit.SECONDS), "the load generator stopped");

        List<Answer> all = new ArrayList<>(answers);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        all.forEach(a -> byStatus.merge(a.status(), 1, Integer::sum));
        long slowest = all.stream().mapToLong(Answer::tookMs).max().orElse(0);
        System.out.printf(
                "DatabaseDownIT: %d requests %s; readiness DOWN %d ms after the stop, UP %d ms"
                        + " after the start; slowest answer %d ms%n",
                all.size(), byStatus, downAfterMs, upAfterMs, slowest);

        assertTrue(downAfterMs <= 5_000, "readiness DOWN within 5 s: " + downAfterMs);
        assertTrue(upAfterMs <= 15_000, "readiness UP within 15 s: " + upAfterMs);
        assertTrue(
                byStatus.keySet().stream().allMatch(s -> s == 200 || s == 503),
                "only 200s and 503s, never a 500: " + byStatus);
        assertTrue(byStatus.getOrDefault(503, 0) > 0, "the outage was seen: " + byStatus);
        assertTrue(slowest < 11_000, "no request held past the pool's wait: " + slowest + " ms");
        for (Answer a : all) {
            if (a.status() == 503) {
                assertTrue(
                        a.body().contains("Database unavailable"),
                        "a 503 that says why: " + a.body());
            }
        }
        assertTrue(
                all.stream()
                        .filter(a -> a.atMs() > startedAt + upAfterMs + 1_000)
                        .allMatch(a -> a.status() == 200),
                "the load succeeds again once readiness is UP, with no restart");
        assertTrue(
                all.stream()
                                .filter(a -> a.atMs() > startedAt + upAfterMs + 1_000)
                                .map(Answer::who)
                                .distinct()
                                .count()
                        == 2,
                "both callers were served after the restart");

        assertEquals(503, apiDown.statusCode(), apiDown.body());
        assertTrue(apiDown.headers().firstValue("Retry-After").isPresent(), "Retry-After");
        assertEquals("Database unavailable", Tokens.json(apiDown.body()).getString("error"));
        assertEquals(503, page.statusCode(), "a signed-in participant's page during the outage");
        assertTrue(page.body().contains("briefly unavailable"), "the friendly page");
        assertTrue(page.body().contains("class=\"site-header\""), "in the site's layout");

        assertEquals(
                200,
                admin.get("/programs/" + committed).statusCode(),
                "what was committed before the outage is still there");
        List<String> added = new ArrayList<>();
        List<Long> outageLines = new ArrayList<>();
        for (int i = 0; i < logs.size(); i++) {
            List<String> lines =
                    Files.readAllLines(logs.get(i), StandardCharsets.ISO_8859_1).stream()
                            .skip(linesBefore.get(i))
                            .toList();
            added.addAll(lines);
            outageLines.add(lines.stream().filter(l -> l.contains("DatabaseFaults")).count());
        }
        // Payara logs the transactions that were running when PostgreSQL stopped in full, before
        // anything has classified the outage (a handful); after that, nothing per request.
        long traces = 0;
        boolean traced = false;
        for (String line : added) {
            if (line.startsWith("[20")) {
                traced = false; // a new record
            } else if (line.startsWith("\tat ") && !traced) {
                traced = true;
                traces++;
            }
        }
        System.out.printf(
                "DatabaseDownIT: %d log lines, %d records with a stack trace during the outage%n",
                added.size(), traces);
        assertTrue(
                traces <= 12 * logs.size(), "a handful of traces, not one per request: " + traces);
        assertTrue(
                added.size() < 400 * logs.size(),
                "a bounded log, not lines per request: " + added.size() + " lines");
        assertTrue(
                outageLines.stream().allMatch(n -> n <= 3)
                        && outageLines.stream().mapToLong(Long::longValue).sum() >= 1,
                "a line a minute at most while it lasts, per node: " + outageLines);
        // Payara drops a timer whose delivery failed twice (EJB5119), and its work then stops
        // until a restart: the audit sealer, the password expiry, the nightly jobs.
        assertEquals(
                List.of(),
                added.stream().filter(l -> l.contains("Expunging timer")).toList(),
                "no background timer was dropped during the outage");
    }

    private static JsonObject readiness() {
        return Tokens.json(new Browserless().get(Target.app() + "/health/ready").body());
    }

    /** Polls readiness until it reports {@code status}; answers the moment it did. */
    private static long waitForReadiness(String status, Duration within) {
        long deadline = System.currentTimeMillis() + within.toMillis();
        while (System.currentTimeMillis() < deadline) {
            JsonObject health = readiness();
            if (status.equals(Health.check(health, "database").getString("status"))) {
                return System.currentTimeMillis();
            }
            pause(250);
        }
        throw new AssertionError("readiness did not report the database " + status);
    }

    private static void run(String property) throws IOException, InterruptedException {
        Process p =
                new ProcessBuilder("bash", Target.required(property))
                        .redirectErrorStream(true)
                        .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), property + " failed: " + output);
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(Math.max(0, ms));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long lines(Path log) throws IOException {
        try (var stream = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return stream.count();
        }
    }
}
