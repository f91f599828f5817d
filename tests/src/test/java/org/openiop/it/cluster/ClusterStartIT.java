package org.openiop.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.Database;
import org.openiop.it.support.Health;
import org.openiop.it.support.Target;
import org.openiop.it.support.Tokens;

/**
 * Two nodes started at once on an empty database (issue 17): one migrates it while the other waits
 * on Flyway's lock and applies nothing, and the daily jobs (nightly session top-up, the 05:30
 * coverage re-check), whose timers fire every minute on every node here, run once for the day.
 * {@code cluster.nodes} lists each node's own address; {@code cluster.logs} their log files.
 */
class ClusterStartIT {

    private static final String[] DAILY_JOBS = {"session-horizon", "eligibility-recheck"};

    @Test
    void bothNodesStartedAtOnceMigrateTheDatabaseOnce() throws Exception {
        List<Integer> applied = new ArrayList<>();
        for (String node : Target.required("cluster.nodes").split(",")) {
            JsonObject health = Tokens.json(new Browserless().get(node + "/health/ready").body());
            JsonObject data = Health.check(health, "database").getJsonObject("data");
            assertEquals(Target.SCHEMA_VERSION, data.getString("schemaVersion"), node);
            applied.add(Integer.parseInt(data.getString("migrationsAppliedAtStart")));
        }
        System.out.println("ClusterStartIT: migrations applied at start, per node: " + applied);
        assertEquals(2, applied.size());
        // Every schema version, and the demo data after them.
        int all = Integer.parseInt(Target.SCHEMA_VERSION) + 1;
        assertTrue(
                applied.contains(0) && applied.stream().mapToInt(Integer::intValue).sum() == all,
                "one node applied all " + all + ", the other none: " + applied);
        assertEquals(
                0,
                count(
                        "select count(*) from (select version from flyway_schema_history where"
                            + " version is not null group by version having count(*) > 1) twice"),
                "no migration is recorded twice");
    }

    @Test
    void eachDailyJobRunsOnceWhenEveryNodesTimerFires() throws Exception {
        List<Path> logs =
                java.util.Arrays.stream(Target.required("cluster.logs").split(","))
                        .map(Path::of)
                        .toList();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        long deadline = System.currentTimeMillis() + 150_000;
        while (!everyNodeFired(logs, today) && System.currentTimeMillis() < deadline) {
            Thread.sleep(2_000);
        }
        assertTrue(everyNodeFired(logs, today), "every node's timers fired for both jobs");
        int ran = 0;
        int declined = 0;
        for (Path log : logs) {
            for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
                if (line.contains("Session horizon " + today + " extended")
                        || (line.contains("Eligibility re-check " + today + ":")
                                && !line.contains("not claimed by this instance"))) {
                    ran++;
                } else if (line.contains(today + ": not claimed by this instance")) {
                    declined++;
                }
            }
        }
        System.out.printf(
                "ClusterStartIT: the daily jobs ran %d times and were declined %d times across"
                        + " %d nodes%n",
                ran, declined, logs.size());
        assertEquals(DAILY_JOBS.length, ran, "each job ran once, on one node");
        assertTrue(declined >= DAILY_JOBS.length, "the other node's timer fired and declined");
        for (String job : DAILY_JOBS) {
            assertEquals(
                    1,
                    count(
                            "select count(*) from scheduled_run where job = '"
                                    + job
                                    + "' and run_on = date '"
                                    + today
                                    + "'"),
                    job + " was claimed once today");
        }
        assertEquals(
                0,
                count(
                        "select count(*) from (select group_id, starts_at from group_session"
                                + " group by group_id, starts_at having count(*) > 1) twice"),
                "no session was generated twice");
    }

    /** True when every node logged both jobs' run for today, done or declined. */
    private static boolean everyNodeFired(List<Path> logs, String today) throws Exception {
        for (Path log : logs) {
            String text = Files.readString(log, StandardCharsets.ISO_8859_1);
            if (!text.contains("Session horizon " + today)
                    || !text.contains("Eligibility re-check " + today)) {
                return false;
            }
        }
        return true;
    }

    private static int count(String sql) throws Exception {
        try (Connection c = Database.connect();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }
}
