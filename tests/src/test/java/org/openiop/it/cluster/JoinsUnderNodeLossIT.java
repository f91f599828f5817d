package org.openiop.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Cluster;
import org.openiop.it.support.Database;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.Joining;
import org.openiop.it.support.Target;

/**
 * Joins through the balancer at ten a second for 60 s, with node2 killed (kill -9) after 20 s
 * (issue 17): every join the load generator was told succeeded (201) is in the database with its
 * attempt, its ticket and its audit events; the session has one room; the audit chain verifies with
 * no fork; and the joins that failed are counted and printed (at most those in flight on the dead
 * node).
 */
class JoinsUnderNodeLossIT {

    private static final int PER_SECOND = 10;
    private static final int SECONDS = 60;
    private static final int KILL_AFTER_SECONDS = 20;
    private static final int MEMBERS = 10;

    /** One join as the load generator saw it: both requests' statuses (-1: no answer at all). */
    private record Outcome(long atMs, int joined, String ticket, int redeemed) {
        boolean failed() {
            return joined != 201 || redeemed != 200;
        }
    }

    @Test
    void killingANodeUnderJoinLoadLosesNoCommittedJoin() throws Exception {
        Api admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        Api intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        Joining program = Joining.fresh(admin, null);
        List<Enrolled> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(program.ready(admin, Enrolled.fresh(intake)));
        }

        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(32);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long began = System.currentTimeMillis();
        ticker.scheduleAtFixedRate(
                () -> {
                    Enrolled member = members.get(next.getAndIncrement() % MEMBERS);
                    workers.submit(() -> outcomes.add(joinOnce(program, member, began)));
                },
                0,
                1000 / PER_SECOND,
                TimeUnit.MILLISECONDS);
        Thread.sleep(KILL_AFTER_SECONDS * 1000L);
        long killedAt = System.currentTimeMillis() - began;
        Cluster.kill("node2");
        Thread.sleep((SECONDS - KILL_AFTER_SECONDS) * 1000L);
        ticker.shutdown();
        assertTrue(ticker.awaitTermination(5, TimeUnit.SECONDS));
        workers.shutdown();
        assertTrue(workers.awaitTermination(60, TimeUnit.SECONDS), "every join has an answer");

        List<Outcome> all = new ArrayList<>(outcomes);
        List<Outcome> failed = all.stream().filter(Outcome::failed).toList();
        Map<String, Integer> failures = new TreeMap<>();
        failed.forEach(o -> failures.merge(o.joined() + "/" + o.redeemed(), 1, Integer::sum));
        System.out.printf(
                "JoinsUnderNodeLossIT: %d joins in %d s, node2 killed at %.1f s; %d failed %s"
                        + " (join/redeem status, -1: no answer), at %s ms%n",
                all.size(),
                SECONDS,
                killedAt / 1000.0,
                failed.size(),
                failures,
                failed.stream().map(o -> String.valueOf(o.atMs())).toList());
        assertTrue(all.size() >= PER_SECOND * SECONDS * 9 / 10, "the load ran: " + all.size());

        String session = program.sessionId();
        Set<String> stored = storedTickets(session, false);
        Set<String> used = storedTickets(session, true);
        for (Outcome o : all) {
            if (o.joined() == 201) {
                assertTrue(stored.contains(sha256(o.ticket())), "a 201's ticket is stored");
            }
            if (o.redeemed() == 200) {
                assertTrue(used.contains(sha256(o.ticket())), "a redeemed ticket is marked used");
            }
        }
        assertEquals(1, count("select count(*) from video_room where session_id = ?", session));
        assertEquals(
                stored.size(),
                count(
                        "select count(*) from audit_event where action = 'join.ticket' and"
                                + " target = ?",
                        session.toString()),
                "one join.ticket audit event for each ticket issued");
        assertEquals(
                used.size(),
                count(
                        "select count(*) from audit_event where action = 'join.redeem' and"
                                + " target = ?",
                        session.toString()),
                "one join.redeem audit event for each ticket used");
        HttpResponse<String> verified =
                Api.as(Target.AUDITOR, Target.STAFF_PASSWORD).get("/audit/verification");
        assertEquals(200, verified.statusCode(), verified.body());
        JsonObject result = Api.object(verified);
        assertTrue(result.getBoolean("intact"), "the audit chain verifies: " + result);
        // One chain, not two that each node extended: its links are numbered 1..n without a gap
        // (the index is the primary key, so two links never share a number).
        assertEquals(
                0,
                count(
                        "select coalesce(max(chain_index), 0) - count(*) from audit_link"
                                + " where chain_index > 0",
                        null),
                "the chain's links are numbered without a gap (no fork)");
        assertTrue(
                failed.size() <= PER_SECOND,
                "at most the joins in flight on the dead node fail: " + failed.size());
    }

    private static Outcome joinOnce(Joining program, Enrolled member, long began) {
        long at = System.currentTimeMillis() - began;
        int joined;
        String ticket = null;
        int redeemed = -1;
        try {
            HttpResponse<String> answer = program.join(member, "IL");
            joined = answer.statusCode();
            if (joined == 201) {
                ticket = Joining.ticket(answer);
                redeemed = member.self().post("/me/join-tickets/" + ticket, "").statusCode();
            }
        } catch (IllegalStateException noAnswer) {
            joined = ticket == null ? -1 : 201;
        }
        return new Outcome(at, joined, ticket, redeemed);
    }

    private static Set<String> storedTickets(String session, boolean usedOnly) throws Exception {
        Set<String> hashes = new HashSet<>();
        try (Connection c = Database.connect();
                PreparedStatement s =
                        c.prepareStatement(
                                "select ticket_hash from join_attempt where session_id = ? and"
                                        + " ticket_hash is not null"
                                        + (usedOnly ? " and ticket_used_at is not null" : ""))) {
            s.setObject(1, UUID.fromString(session));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    hashes.add(r.getString(1));
                }
            }
        }
        return hashes;
    }

    private static int count(String sql, String parameter) throws Exception {
        try (Connection c = Database.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                if (sql.contains("session_id = ?")) {
                    s.setObject(1, UUID.fromString(parameter));
                } else {
                    s.setString(1, parameter);
                }
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static String sha256(String ticket) throws Exception {
        return HexFormat.of()
                .formatHex(
                        MessageDigest.getInstance("SHA-256")
                                .digest(ticket.getBytes(StandardCharsets.US_ASCII)));
    }
}
