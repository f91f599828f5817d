package org.openiop.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.openiop.identity.control.MasterKey;
import org.openiop.it.support.Rotation;
import org.openiop.it.support.Target;

/**
 * Master-key rotation rate, and the join rate while it runs next to the join rate without it (issue
 * 15). Driven by scripts/bench-rotation.sh, which restarts OpenIOP between the steps:
 *
 * <ol>
 *   <li>{@code seed URL USER PASSWORD N}: N identities sealed under the old key (-Dvault.key);
 *   <li>{@code joins URL USER PASSWORD DIR}: enrols 50 participants with sessions, then, each time
 *       the script says go (a file in DIR) after starting OpenIOP afresh, loads joins at 50 clients
 *       (10 s warm-up, 20 s measured): first with the old key alone, then with the next key set, so
 *       that the rotation runs under the load. It samples the rotation's progress every half second
 *       and prints the rate, and for how much of the measured window the rotation was running.
 * </ol>
 */
public final class RotationBenchmark {

    private RotationBenchmark() {}

    public static void main(String[] args) throws Exception {
        String url = args[1];
        String user = args[2];
        String password = args[3];
        if (args[0].equals("seed")) {
            int count = Integer.parseInt(args[4]);
            long t0 = System.nanoTime();
            try (Connection db = DriverManager.getConnection(url, user, password)) {
                Rotation.seed(db, Rotation.oldKey(), count);
            }
            System.out.printf(
                    Locale.ROOT,
                    "seeded %,d identities under the old key in %.1f s%n",
                    count,
                    (System.nanoTime() - t0) / 1e9);
            return;
        }
        Path dir = Path.of(args[4]);
        List<JoinThroughputBenchmark.Client> people = JoinThroughputBenchmark.participants(50);
        HttpClient http =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .executor(Executors.newFixedThreadPool(16))
                        .build();
        Files.writeString(dir.resolve("enrolled"), "");

        waitFor(dir.resolve("go-baseline"));
        JoinThroughputBenchmark.Result without =
                JoinThroughputBenchmark.load(
                        http, people, 50, JoinThroughputBenchmark::join, null, -1);
        Files.writeString(dir.resolve("baseline-done"), "");

        waitFor(dir.resolve("go-rotation"));
        String next =
                MasterKey.from(
                                java.util.Optional.empty(),
                                java.util.Optional.of(Target.required("vault.next-key")))
                        .id();
        long total =
                count(
                        url,
                        user,
                        password,
                        "select count(*) from vault_entry where wrapped_key is not null");
        Instant started = Instant.now();
        long atStart =
                count(
                        url,
                        user,
                        password,
                        "select count(*) from vault_entry where key_id = '" + next + "'");
        AtomicInteger samples = new AtomicInteger();
        AtomicInteger rotatingSamples = new AtomicInteger();
        JoinThroughputBenchmark.Result during =
                JoinThroughputBenchmark.load(
                        http,
                        people,
                        50,
                        JoinThroughputBenchmark::join,
                        () -> {
                            samples.incrementAndGet();
                            if (count(
                                            url,
                                            user,
                                            password,
                                            "select count(*) from vault_entry where wrapped_key is"
                                                    + " not null and key_id <> '"
                                                    + next
                                                    + "'")
                                    > 0) {
                                rotatingSamples.incrementAndGet();
                            }
                        },
                        -1);
        AtomicLong done = new AtomicLong();
        Instant finished;
        while (true) {
            done.set(
                    count(
                            url,
                            user,
                            password,
                            "select count(*) from vault_entry where key_id = '" + next + "'"));
            if (done.get() >= total) {
                finished = Instant.now();
                break;
            }
            if (Duration.between(started, Instant.now()).toMinutes() > 30) {
                throw new IllegalStateException(
                        "the rotation did not finish within 30 minutes: " + done + " of " + total);
            }
            Thread.sleep(500);
        }
        double seconds = Duration.between(started, finished).toMillis() / 1000.0;
        double rate = (done.get() - atStart) / seconds;
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "Master-key rotation of %,d data keys (OpenIOP restarted with the next key; %,d"
                        + " were already re-wrapped when it was ready)%n",
                total,
                atStart);
        System.out.printf(
                Locale.ROOT,
                "  rotation rate, under the join load and after it    %8.0f data keys/s (%,d in"
                        + " %.1f s)%n",
                rate,
                done.get() - atStart,
                seconds);
        System.out.printf(
                Locale.ROOT,
                "  joins, 50 clients, without a rotation (baseline)   %8.1f joins/s   p99 %.0f"
                        + " ms%n",
                without.perSecond(),
                without.p99Ms());
        System.out.printf(
                Locale.ROOT,
                "  joins, 50 clients, while it rotates                %8.1f joins/s   p99 %.0f ms"
                        + " (rotating in %d of %d samples)%n",
                during.perSecond(),
                during.p99Ms(),
                rotatingSamples.get(),
                samples.get());
        System.out.printf(
                Locale.ROOT,
                "  ratio during / without                             %8.2f%n",
                during.perSecond() / without.perSecond());
        System.exit(0);
    }

    private static void waitFor(Path file) throws InterruptedException {
        while (!Files.exists(file)) {
            Thread.sleep(200);
        }
    }

    private static long count(String url, String user, String password, String sql) {
        try (Connection db = DriverManager.getConnection(url, user, password);
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
