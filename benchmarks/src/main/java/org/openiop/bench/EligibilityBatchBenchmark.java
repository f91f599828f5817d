package org.openiop.bench;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openiop.it.support.Api;
import org.openiop.it.support.People;
import org.openiop.it.support.Programs;
import org.openiop.it.support.Target;

/**
 * A coverage check of a whole program with N participants (default 1,000) against the X12 payer
 * simulator: the total time from "start" to "finished", and how many distinct progress values the
 * console's poll saw on the way (polled every 250 ms, as a person watching the bar would). Aim:
 * under 60 s on this 2-core machine. Participants are enrolled through the API (each gets an
 * identity in the vault with a simulator member id); their payment consents are inserted straight
 * into the consent table, since signing 1,000 of them through the portal is not what is measured.
 *
 * <p>System properties as for the ITs (openiop.url, keycloak.url, oidc.client.secret,
 * openiop.db.*).
 */
public final class EligibilityBatchBenchmark {

    private EligibilityBatchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Api intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        Api admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        Programs program = Programs.fresh(admin);
        // Groups hold 12 people, as real IOP groups do: 1,000 participants need 84 of them.
        List<String> groups = new ArrayList<>(List.of(program.groupId()));
        while (groups.size() * 12 < count) {
            HttpResponse<String> group =
                    admin.post(
                            "/programs/" + program.programId() + "/groups",
                            "{\"name\": \"Bench Group "
                                    + groups.size()
                                    + "\", \"facilitators\": [\""
                                    + Target.CLINICIAN
                                    + "\"]}");
            if (group.statusCode() != 201) {
                throw new IllegalStateException("group failed: " + group.body());
            }
            groups.add(Api.object(group).getJsonObject("group").getString("id"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long seed0 = System.nanoTime();
        List<Future<String>> enrolled = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String groupId = groups.get(i / 12);
            enrolled.add(
                    pool.submit(
                            () -> {
                                HttpResponse<String> created =
                                        intake.post(
                                                "/participants",
                                                People.insured("Bench", "ACT").json(true));
                                if (created.statusCode() != 201) {
                                    throw new IllegalStateException(
                                            "enrollment failed: "
                                                    + created.statusCode()
                                                    + " "
                                                    + created.body());
                                }
                                String id = Api.object(created).getString("participantId");
                                HttpResponse<String> added =
                                        admin.post(
                                                "/groups/" + groupId + "/members",
                                                "{\"participantId\": \""
                                                        + id
                                                        + "\", \"startsOn\": \""
                                                        + LocalDate.now().minusDays(7)
                                                        + "\"}");
                                if (added.statusCode() != 201) {
                                    throw new IllegalStateException(
                                            "membership failed: " + added.body());
                                }
                                return id;
                            }));
        }
        List<String> ids = new ArrayList<>();
        try {
            for (Future<String> f : enrolled) {
                ids.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        consent(ids);
        System.out.printf(
                "seeded %,d participants with payment consents in %.0f s%n",
                count, (System.nanoTime() - seed0) / 1e9);

        long t0 = System.nanoTime();
        HttpResponse<String> started =
                admin.post(
                        "/eligibility/batches", "{\"programId\": \"" + program.programId() + "\"}");
        if (started.statusCode() != 202) {
            throw new IllegalStateException("the batch did not start: " + started.body());
        }
        String batchId = Api.object(started).getString("id");
        List<Integer> seen = new ArrayList<>();
        JsonObject batch;
        int polls = 0;
        while (true) {
            batch = Api.object(admin.get("/eligibility/batches/" + batchId));
            polls++;
            int done = batch.getInt("done");
            if (seen.isEmpty() || seen.get(seen.size() - 1) != done) {
                seen.add(done);
            }
            if (batch.getBoolean("finished")) {
                break;
            }
            if ((System.nanoTime() - t0) / 1e9 > 600) {
                throw new IllegalStateException("the batch did not finish in 10 minutes: " + batch);
            }
            Thread.sleep(250);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                "%nCoverage check of a program with %,d participants against the X12 payer"
                        + " simulator:%n",
                count);
        System.out.printf(
                "  total time %.1f s (aim: under 60 s), %.0f participants/s%n",
                seconds, count / seconds);
        System.out.printf(
                "  %d polls, %d distinct progress values seen (first %s, last %s)%n",
                polls, seen.size(), seen.get(0), seen.get(seen.size() - 1));
        System.out.printf(
                "  outcomes: %d active, %d inactive, %d unknown, %d failed, %d skipped%n",
                batch.getInt("active"),
                batch.getInt("inactive"),
                batch.getInt("unknown"),
                batch.getInt("failed"),
                batch.getInt("skipped"));
        batch.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> !"ACTIVE".equals(c.getString("outcome")))
                .map(c -> c.getString("outcome") + ": " + c.getString("summary"))
                .distinct()
                .forEach(reason -> System.out.println("    " + reason));
    }

    private static void consent(List<String> ids) throws Exception {
        try (Connection db =
                        DriverManager.getConnection(
                                Target.required("openiop.db.url"),
                                Target.required("openiop.db.user"),
                                Target.required("openiop.db.password"));
                PreparedStatement s =
                        db.prepareStatement(
                                "insert into consent (id, participant_id, kind, recipient_class,"
                                    + " purpose, information, expires_on_discharge,"
                                    + " revocation_statement, signature, signed_at) values (?, ?,"
                                    + " 'TPO', 'HEALTH_PLAN', 'PAYMENT', 'Member id, name and date"
                                    + " of birth', true, 'You may revoke this consent in writing at"
                                    + " any time.', 'Bench', ?)")) {
            for (String id : ids) {
                s.setObject(1, UUID.randomUUID());
                s.setObject(2, UUID.fromString(id));
                s.setTimestamp(3, Timestamp.from(Instant.now().minusSeconds(60)));
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
