package org.openiop.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Cluster;
import org.openiop.it.support.Coverage;
import org.openiop.it.support.Database;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.Payer;
import org.openiop.it.support.People;
import org.openiop.it.support.Programs;
import org.openiop.it.support.Target;

/**
 * An eligibility batch of 200 whose node dies halfway (kill -9) is finished by the other node
 * (issue 17): the batch ends with every member checked exactly once in the database, counted once,
 * each member asked under one X12 trace however often the payer was asked, and the surviving node
 * says in its log that it took the batch over. The payer answers these members in 0.5 s, so the
 * batch is still running when its node is killed; the nodes run with a 10 s lease and look every 5
 * s. The payer counts inquiries by trace: a member whose inquiry was in flight on the dead node is
 * asked again, under the same trace, and is still one check.
 */
class BatchUnderNodeLossIT {

    private static final int MEMBERS = 200;

    @Test
    void aBatchWhoseNodeDiesIsFinishedByTheOtherWithNoMemberCheckedTwice() throws Exception {
        Api admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        Api intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        Programs program = Programs.fresh(admin);
        // Two groups of 100 (a group holds at most 100), filled by eight enrolments at a time.
        List<String> groups = List.of(program.group(admin, 100), program.group(admin, 100));
        ExecutorService enrolling = Executors.newFixedThreadPool(8);
        List<Future<?>> enrolled = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            String group = groups.get(i % groups.size());
            enrolled.add(
                    enrolling.submit(
                            () -> {
                                Enrolled member =
                                        Enrolled.fresh(intake, People.insured("Oriel", "SLOW"));
                                program.add(admin, group, member.id());
                                Coverage.consentToPayment(member);
                                return member;
                            }));
        }
        for (Future<?> f : enrolled) {
            f.get(5, TimeUnit.MINUTES); // an enrolment that failed fails the test here
        }
        enrolling.shutdown();

        HttpResponse<String> started =
                admin.post(
                        "/eligibility/batches", "{\"programId\": \"" + program.programId() + "\"}");
        assertEquals(202, started.statusCode(), started.body());
        String batchId = Api.object(started).getString("id");
        // Kill the node running it halfway.
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (done(batchId) < MEMBERS / 2) {
            assertTrue(System.nanoTime() < deadline, "the batch did not get halfway");
            Thread.sleep(200);
        }
        String runner = runnerOf(batchId);
        String survivor = runner.equals("node1") ? "node2" : "node1";
        Cluster.kill(runner);
        long doneAtKill = done(batchId);
        // What the dead node held: claimed, not done. Only these may be asked again.
        long heldAtKill =
                Database.number(
                        "select count(*) from eligibility_batch_item where batch_id = ? and"
                                + " done_at is null and claimed_by like ?",
                        UUID.fromString(batchId),
                        pidOf(runner) + "@%");
        System.out.println(
                "BatchUnderNodeLossIT: killed "
                        + runner
                        + " with "
                        + doneAtKill
                        + " of "
                        + MEMBERS
                        + " members checked and "
                        + heldAtKill
                        + " in hand");
        assertTrue(
                doneAtKill < MEMBERS * 3 / 4,
                "the batch was nearly finished at the kill: " + doneAtKill);

        JsonObject batch = null;
        deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            batch = Api.object(admin.get("/eligibility/batches/" + batchId));
            if (batch.getBoolean("finished")) {
                break;
            }
            Thread.sleep(1_000);
        }
        assertTrue(batch.getBoolean("finished"), "the batch was not finished: " + batch);
        assertEquals(MEMBERS, batch.getInt("done"), batch.toString());
        assertEquals(MEMBERS, batch.getInt("active"), "every member is active: " + batch);

        UUID id = UUID.fromString(batchId);
        assertEquals(
                MEMBERS,
                Database.number("select count(*) from eligibility_check where batch_id = ?", id),
                "one check kept per member");
        assertEquals(
                MEMBERS,
                Database.number(
                        "select count(distinct participant_id) from eligibility_check where"
                                + " batch_id = ?",
                        id));
        assertEquals(
                0,
                Database.number(
                        "select count(*) from eligibility_batch_item where batch_id = ? and"
                                + " done_at is null",
                        id));
        // Each member's inquiries, under the one trace its item holds: once, or twice when the
        // dead node held the item. Counted by trace, because the cluster's daily re-check may ask
        // about a new member under a trace of its own.
        int asked = 0;
        int repeated = 0;
        for (String trace : itemTraces(id)) {
            int requests = Payer.requestsUnderTrace(trace);
            assertTrue(requests >= 1 && requests <= 2, trace + ": " + requests);
            asked += requests;
            repeated += requests - 1;
        }
        System.out.println(
                "BatchUnderNodeLossIT: the payer was asked "
                        + asked
                        + " times for "
                        + MEMBERS
                        + " members; "
                        + repeated
                        + " asked again under the same trace (in flight when the node died)");
        assertTrue(
                repeated <= heldAtKill,
                "only the items the dead node held were asked again: "
                        + repeated
                        + " repeated, "
                        + heldAtKill
                        + " held");
        assertTrue(
                logOf(survivor).contains("Eligibility batch " + batchId + ": resumed on this node"),
                survivor + " did not say it took the batch over");
    }

    /**
     * The node whose process claimed the batch's items: they name their holder as the JVM does
     * (pid@host), and the cluster tier keeps each node's pid in {@code cluster.dir}/nodeN.pid.
     */
    private static String runnerOf(String batchId) throws Exception {
        Set<String> holders = new TreeSet<>();
        try (Connection c = Database.connect();
                PreparedStatement q =
                        c.prepareStatement(
                                "select distinct claimed_by from eligibility_batch_item where"
                                        + " batch_id = ? and claimed_by is not null")) {
            q.setObject(1, UUID.fromString(batchId));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    holders.add(r.getString(1).split("@", 2)[0]);
                }
            }
        }
        assertEquals(1, holders.size(), "one node runs the batch: " + holders);
        for (String node : List.of("node1", "node2")) {
            if (holders.contains(pidOf(node))) {
                return node;
            }
        }
        throw new AssertionError("no cluster node has the pid " + holders);
    }

    private static String pidOf(String node) throws Exception {
        return Files.readString(Path.of(Target.required("cluster.dir"), node + ".pid")).trim();
    }

    private static List<String> itemTraces(UUID batchId) throws Exception {
        List<String> traces = new ArrayList<>();
        try (Connection c = Database.connect();
                PreparedStatement q =
                        c.prepareStatement(
                                "select trace_id from eligibility_batch_item where batch_id = ?")) {
            q.setObject(1, batchId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    traces.add(r.getString(1));
                }
            }
        }
        assertEquals(MEMBERS, traces.size());
        assertEquals(MEMBERS, new TreeSet<>(traces).size(), "a trace of its own for each member");
        return traces;
    }

    private static long done(String batchId) throws Exception {
        return Database.number(
                "select done_count from eligibility_batch where id = ?", UUID.fromString(batchId));
    }

    private static String logOf(String node) throws Exception {
        int index = Integer.parseInt(node.substring("node".length())) - 1;
        return Files.readString(Path.of(Target.required("cluster.logs").split(",")[index]));
    }
}
