package org.openiop.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.Target;

/**
 * Server time to render the console's participants page with 100,000 participants on PostgreSQL:
 * the first page, and a page filtered by part of a pseudonym, each as median and 95th percentile
 * over many requests, next to the programs page (three rows) as the baseline, in the same run.
 * Requests go over loopback from a signed-in intake worker's session (intake sees every
 * participant; a clinician sees only their groups'), so the time is the server's.
 *
 * <p>System properties as for the ITs (openiop.url, keycloak.url, oidc.client.secret,
 * openiop.db.*); argument: how many requests per page.
 */
public final class ParticipantsPageBenchmark {

    private static final int PARTICIPANTS = 100_000;

    private ParticipantsPageBenchmark() {}

    public static void main(String[] args) throws Exception {
        int requests = Integer.parseInt(args[0]);
        seed();
        Browserless intake = new Browserless();
        HttpResponse<String> first =
                intake.signIn(
                        Target.app() + "/console/participants/",
                        Target.INTAKE,
                        Target.STAFF_PASSWORD);
        if (first.statusCode() != 200 || !first.body().contains("bench-")) {
            throw new IllegalStateException(
                    "The participants page did not list the seeded participants: "
                            + first.statusCode());
        }
        // Warm up the three pages the same number of times before measuring.
        for (int i = 0; i < 30; i++) {
            PageTimes.time(intake, "/console/participants/");
            PageTimes.time(intake, "/console/participants/?q=lantern%2042");
            PageTimes.time(intake, "/console/programs/");
        }
        List<Double> firstPage = new ArrayList<>();
        List<Double> filtered = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            firstPage.add(PageTimes.time(intake, "/console/participants/"));
            filtered.add(PageTimes.time(intake, "/console/participants/?q=lantern%2042"));
            baseline.add(PageTimes.time(intake, "/console/programs/"));
        }
        System.out.printf(
                "%nConsole pages with %,d participants on PostgreSQL, %d requests each, signed in"
                        + " as intake:%n",
                PARTICIPANTS, requests);
        PageTimes.report("programs page, 3 rows (baseline)", baseline);
        PageTimes.report("participants, first page of 25", firstPage);
        PageTimes.report("participants filtered by \"lantern 42\"", filtered);
        double worst =
                Math.max(PageTimes.percentile(firstPage, 95), PageTimes.percentile(filtered, 95));
        System.out.printf("  aim: p95 under 300 ms -> %s%n", worst < 300 ? "met" : "NOT met");
    }

    /** 100,000 participants straight into the table (pseudonyms "Lantern N"), once per database. */
    private static void seed() throws Exception {
        try (Connection db =
                        DriverManager.getConnection(
                                Target.required("openiop.db.url"),
                                Target.required("openiop.db.user"),
                                Target.required("openiop.db.password"));
                Statement s = db.createStatement()) {
            s.executeUpdate(
                    "insert into participant (id, username, pseudonym, active_pseudonym_key,"
                        + " status, enrolled_at, enrolled_by, version) select gen_random_uuid(),"
                        + " 'bench-' || i, 'Lantern ' || i, 'lantern' || i,"
                        + " (array['INVITED','ACTIVE','ACTIVE','DISCHARGED'])[1 + i % 4], now() - i"
                        + " * interval '1 minute', 'bench', 0 from generate_series(1, "
                            + PARTICIPANTS
                            + ") i where not exists (select 1 from participant where username ="
                            + " 'bench-1')");
            s.execute("analyze participant");
        }
    }
}
