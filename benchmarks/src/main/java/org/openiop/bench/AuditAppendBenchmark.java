package org.openiop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.control.AuditChain;
import org.openiop.audit.control.AuditCheckpoint;
import org.openiop.audit.control.AuditCheckpointFile;
import org.openiop.audit.control.AuditKey;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.audit.entity.ChainVerification;

/**
 * Audit appends per second on PostgreSQL with concurrent writers, next to plain inserts into an
 * unchained table of the same shape, in the same run (issues 3 and 15). Each append is its own
 * committed transaction, as one audited request is, and carries its HMAC mark under a random audit
 * key. While the writers run, a sealer links the chain as the application's does and appends a
 * signed checkpoint to a file every second (the application's default is every 15 minutes); at the
 * end the chain must verify intact, checkpoints included, with every event in it.
 *
 * <p>Arguments: JDBC URL, user, password, writers, seconds per round, rounds.
 */
public final class AuditAppendBenchmark {

    private static final AuditKey KEY = new AuditKey(new SecureRandom().generateSeed(32));
    private static final AtomicInteger WRITERS = new AtomicInteger();
    private static Path CHECKPOINTS;

    private AuditAppendBenchmark() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        int writers = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int rounds = Integer.parseInt(args[5]);

        CHECKPOINTS = Files.createTempFile("openiop-bench-checkpoints", ".jsonl");
        java.util.logging.Logger.getLogger("org.flywaydb")
                .setLevel(java.util.logging.Level.WARNING);
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("create table if not exists audit_plain (like audit_event including all)");
        }

        List<Double> plain = new ArrayList<>();
        List<Double> chained = new ArrayList<>();
        long maxWaiting = 0;
        for (int round = 1; round <= rounds; round++) {
            plain.add(run(url, user, password, writers, seconds, false, null));
            AtomicLong waitingPeak = new AtomicLong();
            chained.add(run(url, user, password, writers, seconds, true, waitingPeak));
            maxWaiting = Math.max(maxWaiting, waitingPeak.get());
            System.out.printf(
                    "round %d: plain %.0f/s, audit %.0f/s%n",
                    round, plain.get(plain.size() - 1), chained.get(chained.size() - 1));
        }
        ChainVerification verification;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            AuditChain chain = new AuditChain(KEY, Duration.ofMinutes(10));
            while (chain.seal(c, 5000, Instant.now(), true) > 0) {
                c.commit();
            }
            c.commit();
            verification =
                    chain.verify(c, new AuditCheckpointFile(CHECKPOINTS).readAll(), Instant.now());
            c.commit();
        }
        double p = median(plain);
        double a = median(chained);
        System.out.printf(
                "%nAudit appends on PostgreSQL, %d writers, median of %d rounds of %d s:%n",
                writers, rounds, seconds);
        System.out.printf(
                "  plain inserts, unchained table of the same shape   %7.0f /s   (baseline)%n", p);
        System.out.printf("  audit appends, sealed into the chain as they come  %7.0f /s%n", a);
        System.out.printf(
                "  ratio audit / plain                                %7.2f     (aim: at least"
                        + " 0.80)%n",
                a / p);
        System.out.printf("  most events waiting for the sealer at once         %7d%n", maxWaiting);
        System.out.printf(
                "  chain afterwards                                   %s, %d checkpoints%n",
                verification.summary(), verification.checkpoints());
        if (!verification.intact()) {
            System.exit(1);
        }
    }

    private static double run(
            String url,
            String user,
            String password,
            int writers,
            int seconds,
            boolean chained,
            AtomicLong waitingPeak)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        AuditChain chain = new AuditChain(KEY, Duration.ofMinutes(10));
        for (int w = 0; w < writers; w++) {
            String actor = "bench-writer-" + w;
            String writer = "wbench" + WRITERS.incrementAndGet();
            AtomicLong numbers = new AtomicLong();
            threads.add(
                    new Thread(
                            () -> {
                                try (Connection c =
                                                DriverManager.getConnection(url, user, password);
                                        PreparedStatement plain =
                                                c.prepareStatement(
                                                        "insert into audit_plain (occurred_at,"
                                                                + " actor, action, target, purpose,"
                                                                + " outcome) values (?, ?, ?, ?, ?,"
                                                                + " ?)")) {
                                    while (!stop.get()) {
                                        AuditRecord event =
                                                new AuditRecord(
                                                        Instant.now(),
                                                        actor,
                                                        "vault.read",
                                                        "6f1d2c3e-0000-4000-8000-000000000001",
                                                        "enrollment",
                                                        AuditRecord.SUCCESS);
                                        if (chained) {
                                            chain.append(
                                                    c, writer, numbers.incrementAndGet(), event);
                                        } else {
                                            plain.setObject(
                                                    1,
                                                    OffsetDateTime.ofInstant(
                                                            event.occurredAt(), ZoneOffset.UTC));
                                            plain.setString(2, event.actor());
                                            plain.setString(3, event.action());
                                            plain.setString(4, event.target());
                                            plain.setString(5, event.purpose());
                                            plain.setString(6, event.outcome());
                                            plain.executeUpdate();
                                        }
                                        done.incrementAndGet();
                                    }
                                } catch (SQLException e) {
                                    throw new IllegalStateException(e);
                                }
                            }));
        }
        Thread sealer = null;
        if (chained && !Boolean.getBoolean("bench.nosealer")) {
            sealer =
                    new Thread(
                            () -> {
                                try (Connection c =
                                        DriverManager.getConnection(url, user, password)) {
                                    c.setAutoCommit(false);
                                    AuditCheckpointFile checkpoints =
                                            new AuditCheckpointFile(CHECKPOINTS);
                                    long lastCheckpoint = System.nanoTime();
                                    while (!stop.get()) {
                                        waitingPeak.accumulateAndGet(chain.waiting(c), Math::max);
                                        c.commit();
                                        // As AuditSealer does: every two seconds, batches of 5,000
                                        // until none is full.
                                        while (chain.seal(
                                                        c,
                                                        AuditTrail.SEAL_BATCH,
                                                        Instant.now(),
                                                        false)
                                                == AuditTrail.SEAL_BATCH) {
                                            c.commit();
                                        }
                                        c.commit();
                                        if (System.nanoTime() - lastCheckpoint > 1_000_000_000L) {
                                            AuditChain.Head head = chain.head(c);
                                            c.commit();
                                            checkpoints.append(
                                                    AuditCheckpoint.signed(
                                                            KEY,
                                                            head.index(),
                                                            head.link(),
                                                            Instant.now()));
                                            lastCheckpoint = System.nanoTime();
                                        }
                                        Thread.sleep(2000);
                                    }
                                } catch (SQLException | IOException e) {
                                    throw new IllegalStateException(e);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            });
            sealer.start();
        }
        long started = System.nanoTime();
        threads.forEach(Thread::start);
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        if (sealer != null) {
            sealer.join();
        }
        return done.get() / elapsed;
    }

    /** The median of a few measurements; the benchmarks report it next to its baseline. */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
