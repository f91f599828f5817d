package org.openiop.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.openiop.it.support.Api;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.Joining;
import org.openiop.it.support.Target;
import org.openiop.it.support.Tokens;

/**
 * Join throughput, loaded from this second process over loopback: each client is a participant
 * joining their session again and again, through the REST join endpoint (every gate, the licensing
 * decision for the facilitator, the attempt and its decisions stored, the ticket) and the ticket's
 * redemption (single-use claim, the room, the vendor token, the attendance intent, the audit). Next
 * to it, in the same run and with the same bearer tokens, {@code GET /api/me}: a bare JAX-RS
 * endpoint that only validates the token. Prints requests per second, median and p99 at 50 and 200
 * clients, then the latency of joins arriving at a fixed rate (-Dbench.paced.rate, 20 a second)
 * from 50 clients, the processor time each operation cost the app, PostgreSQL and this generator,
 * and the server's resident memory under the join load (from /proc, -Dmicro.pid).
 *
 * <p>System properties as for the ITs (openiop.url, keycloak.url, oidc.client.secret).
 */
public final class JoinThroughputBenchmark {

    private static final Duration WARM_UP =
            Duration.ofSeconds(Long.getLong("bench.warmup.seconds", 10));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 20));

    private JoinThroughputBenchmark() {}

    /** One participant as a client: their token and session. */
    record Client(String token, String sessionId) {}

    /** What one level of load came to. */
    record Result(
            long operations,
            double perSecond,
            double medianMs,
            double p99Ms,
            long errors,
            Cpu cpu) {}

    /**
     * Processor time over the measured window, in clock ticks: the app, PostgreSQL, this generator,
     * the machine.
     */
    record Cpu(long app, long postgres, long generator, long busy, long total) {

        static Cpu now(long appPid) {
            long[] machine = machine();
            return new Cpu(
                    ticks(appPid),
                    postgresTicks(),
                    ticks(ProcessHandle.current().pid()),
                    machine[0],
                    machine[1]);
        }

        Cpu minus(Cpu before) {
            return new Cpu(
                    app - before.app,
                    postgres - before.postgres,
                    generator - before.generator,
                    busy - before.busy,
                    total - before.total);
        }
    }

    /** Where each operation's processor time went, and how busy the two cores were. */
    static String cpuLine(int level, String what, Result r) {
        double perOp = 1000.0 / TICKS_PER_SECOND / Math.max(1, r.operations());
        return String.format(
                Locale.ROOT,
                "%d clients, %s: processor time per operation: app %.1f ms, PostgreSQL %.1f ms, "
                        + "load generator %.1f ms; cores busy %.0f %%",
                level,
                what,
                r.cpu().app() * perOp,
                r.cpu().postgres() * perOp,
                r.cpu().generator() * perOp,
                100.0 * r.cpu().busy() / Math.max(1, r.cpu().total()));
    }

    /** USER_HZ: Linux reports process times in hundredths of a second. */
    static final int TICKS_PER_SECOND = 100;

    /**
     * utime + stime of one process and of its children that ended (cutime + cstime), from
     * /proc/PID/stat fields 14 to 17: PostgreSQL's backends come and go with the pool's
     * connections, and the server process collects their time when they end.
     */
    static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11])
                    + Long.parseLong(fields[12])
                    + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
        } catch (Exception e) {
            return 0; // gone, or not Linux
        }
    }

    /**
     * Every PostgreSQL process on the machine (the benchmark's own server is the only one running).
     */
    static long postgresTicks() {
        long sum = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    if (Files.readString(p.resolve("comm")).strip().equals("postgres")) {
                        sum += ticks(Long.parseLong(p.getFileName().toString()));
                    }
                } catch (Exception e) {
                    // ended while we looked
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return sum;
    }

    /**
     * Busy and total ticks of all cores, from the first line of /proc/stat (idle and iowait count
     * as not busy).
     */
    static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[] {total - Long.parseLong(f[4]) - Long.parseLong(f[5]), total};
        } catch (Exception e) {
            return new long[] {0, 0};
        }
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        List<Client> people = participants(clients);
        HttpClient http =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .executor(Executors.newFixedThreadPool(16))
                        .build();
        long pid = Long.getLong("micro.pid", -1);
        System.out.println();
        System.out.println("| clients | endpoint | requests/s | median ms | p99 ms | errors |");
        System.out.println("| ---: | --- | ---: | ---: | ---: | ---: |");
        long peakRss = 0;
        List<String> summary = new ArrayList<>();
        List<String> cpu = new ArrayList<>();
        // The app has just started: give its compiler one round of both operations before anything
        // is measured.
        load(
                http,
                people.subList(0, Math.min(50, people.size())),
                50,
                JoinThroughputBenchmark::join,
                null,
                pid);
        load(
                http,
                people.subList(0, Math.min(50, people.size())),
                50,
                JoinThroughputBenchmark::bare,
                null,
                pid);
        // -Dbench.levels=50 runs one row, when profiling.
        for (int level :
                Arrays.stream(System.getProperty("bench.levels", "50,200").split(","))
                        .mapToInt(Integer::parseInt)
                        .toArray()) {
            List<Client> using = people.subList(0, Math.min(level, people.size()));
            Result bare = load(http, using, level, JoinThroughputBenchmark::bare, null, pid);
            AtomicLong rss = new AtomicLong();
            Result join =
                    load(
                            http,
                            using,
                            level,
                            JoinThroughputBenchmark::join,
                            () -> rss.accumulateAndGet(rssKb(pid), Math::max),
                            pid);
            peakRss = Math.max(peakRss, rss.get());
            row(level, "GET /api/me (bare JAX-RS, token check only)", bare);
            row(level, "join: POST join + POST ticket (2 requests)", join);
            cpu.add(cpuLine(level, "bare", bare));
            cpu.add(cpuLine(level, "join", join));
            summary.add(
                    String.format(
                            Locale.ROOT,
                            "%d clients: joins %.0f/s = %.1f %% of the bare endpoint's %.0f"
                                    + " requests/s; p99 %.1f ms",
                            level,
                            join.perSecond(),
                            100 * join.perSecond() / bare.perSecond(),
                            bare.perSecond(),
                            join.p99Ms()));
        }
        int pacedRate = Integer.getInteger("bench.paced.rate", 20);
        if (pacedRate > 0) {
            Result paced =
                    paced(http, people.subList(0, Math.min(50, people.size())), pacedRate, pid);
            row(50, "join, paced: " + pacedRate + " joins/s offered (open loop)", paced);
            cpu.add(cpuLine(50, "join paced", paced));
            summary.add(
                    String.format(
                            Locale.ROOT,
                            "50 clients, %d joins/s offered: p99 %.1f ms (median %.1f ms)",
                            pacedRate,
                            paced.p99Ms(),
                            paced.medianMs()));
        }
        System.out.println();
        cpu.forEach(System.out::println);
        System.out.println();
        summary.forEach(System.out::println);
        if (pid > 0) {
            System.out.printf(
                    Locale.ROOT,
                    "resident memory of the app under the join load: peak %d MB (aim: under 1,536"
                            + " MB)%n",
                    peakRss / 1024);
        }
        System.out.println(
                "aim: joins at least 10 % of the bare endpoint's throughput; p99 under 100 ms at 50"
                        + " clients");
        System.exit(
                0); // the HTTP client's pool threads would otherwise keep the JVM, and the script,
        // waiting
    }

    /** One operation for one client; returns false on an unexpected answer. */
    interface Operation {
        boolean run(HttpClient http, Client c) throws Exception;
    }

    static boolean bare(HttpClient http, Client c) throws Exception {
        return send(http, c, "GET", "/api/me").statusCode() == 200;
    }

    static boolean join(HttpClient http, Client c) throws Exception {
        HttpResponse<String> joined =
                send(
                        http,
                        c,
                        "POST",
                        "/api/me/sessions/" + c.sessionId() + "/join",
                        Joining.answers("IL", true, "CAMERA_OFF"));
        if (joined.statusCode() != 201) {
            return failed(joined);
        }
        String url = Api.object(joined).getString("ticketUrl");
        HttpResponse<String> used =
                send(
                        http,
                        c,
                        "POST",
                        "/api/me/join-tickets/" + url.substring(url.lastIndexOf('/') + 1));
        return used.statusCode() == 200 || failed(used);
    }

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    /** Says what the first unexpected answer was, once, so that a wrong figure explains itself. */
    static boolean failed(HttpResponse<String> answer) {
        if (TOLD.compareAndSet(false, true)) {
            System.err.println(
                    "first unexpected answer: " + answer.statusCode() + " " + answer.body());
        }
        return false;
    }

    static HttpResponse<String> send(HttpClient http, Client c, String method, String path)
            throws Exception {
        return send(http, c, method, path, null);
    }

    static HttpResponse<String> send(
            HttpClient http, Client c, String method, String path, String json) throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(Target.app() + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + c.token())
                        .header("Accept", "application/json");
        b =
                json == null
                        ? b.method(method, HttpRequest.BodyPublishers.noBody())
                        : b.header("Content-Type", "application/json")
                                .method(method, HttpRequest.BodyPublishers.ofString(json));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Each client in its own thread, back to back: a warm-up, then the measured window. */
    static Result load(
            HttpClient http,
            List<Client> clients,
            int level,
            Operation op,
            Runnable sampler,
            long appPid)
            throws Exception {
        for (Duration phase : List.of(WARM_UP, MEASURE)) {
            boolean measured = phase == MEASURE;
            Cpu before = Cpu.now(appPid);
            AtomicBoolean stop = new AtomicBoolean();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicLong errors = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(level);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < level; i++) {
                Client c = clients.get(i % clients.size());
                running.add(
                        pool.submit(
                                () -> {
                                    while (!stop.get()) {
                                        long t0 = System.nanoTime();
                                        boolean ok;
                                        try {
                                            ok = op.run(http, c);
                                        } catch (Exception e) {
                                            ok = false;
                                        }
                                        if (!stop.get()) {
                                            latencies.add(System.nanoTime() - t0);
                                            if (!ok) {
                                                errors.incrementAndGet();
                                            }
                                        }
                                    }
                                    return null;
                                }));
            }
            Instant end = Instant.now().plus(phase);
            while (Instant.now().isBefore(end)) {
                Thread.sleep(500);
                if (measured && sampler != null) {
                    sampler.run();
                }
            }
            stop.set(true);
            Cpu used = Cpu.now(appPid).minus(before);
            for (Future<?> f : running) {
                f.get();
            }
            pool.shutdown();
            if (measured) {
                return result(latencies, phase.toSeconds(), errors.get(), used);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * Joins started on a fixed schedule, {@code rate} a second, by at most 50 clients at once (one
     * thread each): an open loop, as participants arrive, rather than clients sending back to back.
     * Latency counts from when a join was due, so time spent waiting for a free client counts too.
     */
    static Result paced(HttpClient http, List<Client> clients, int rate, long appPid)
            throws Exception {
        for (Duration phase : List.of(WARM_UP, MEASURE)) {
            ExecutorService pool = Executors.newFixedThreadPool(clients.size());
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicLong errors = new AtomicLong();
            List<Future<?>> running = new ArrayList<>();
            Cpu before = Cpu.now(appPid);
            long start = System.nanoTime();
            long interval = 1_000_000_000L / rate;
            long count = phase.toSeconds() * rate;
            for (long n = 0; n < count; n++) {
                long due = start + n * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                Client c = clients.get((int) (n % clients.size()));
                running.add(
                        pool.submit(
                                () -> {
                                    boolean ok;
                                    try {
                                        ok = join(http, c);
                                    } catch (Exception e) {
                                        ok = false;
                                    }
                                    latencies.add(System.nanoTime() - due);
                                    if (!ok) {
                                        errors.incrementAndGet();
                                    }
                                    return null;
                                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            Cpu used = Cpu.now(appPid).minus(before);
            pool.shutdown();
            if (phase == MEASURE) {
                return result(latencies, (System.nanoTime() - start) / 1e9, errors.get(), used);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** Operations a second, median and p99 of one measured window. */
    static Result result(List<Long> latencies, double seconds, long errors, Cpu used) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(
                sorted.size(),
                sorted.size() / seconds,
                percentile(sorted, 0.50),
                percentile(sorted, 0.99),
                errors,
                used);
    }

    static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty()
                ? 0
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1))
                        / 1e6;
    }

    static void row(int clients, String what, Result r) {
        System.out.printf(
                Locale.ROOT,
                "| %d | %s | %.0f | %.1f | %.1f | %d |%n",
                clients,
                what,
                r.perSecond(),
                r.medianMs(),
                r.p99Ms(),
                r.errors());
    }

    static long rssKb(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            // the process is gone: nothing to sample
        }
        return 0;
    }

    /**
     * N participants, each in a group (of up to 100) of one program whose facilitator is licensed
     * in Illinois, with a session open for joining, the agreement and consents signed; tokens
     * fresh.
     */
    static List<Client> participants(int count) throws Exception {
        Api admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        Api intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        Joining first = Joining.fresh(admin, null);
        List<Joining> groups = new ArrayList<>(List.of(first));
        while (groups.size() * 40 < count) {
            HttpResponse<String> group =
                    admin.post(
                            "/programs/" + first.programId() + "/groups",
                            "{\"name\": \"Bench "
                                    + groups.size()
                                    + "\", \"capacity\": 40, \"videoPlugin\": \"video-jitsi\","
                                    + " \"facilitators\": [\""
                                    + first.clinician()
                                    + "\"]}");
            String groupId = Api.object(group).getJsonObject("group").getString("id");
            groups.add(
                    new Joining(
                            first.programId(),
                            groupId,
                            Joining.session(
                                    admin, groupId, Instant.now().plus(5, ChronoUnit.MINUTES)),
                            first.clinician(),
                            first.agreementSha()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Enrolled>> ready = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Joining g = groups.get(i / 40);
            ready.add(pool.submit(() -> g.ready(admin, Enrolled.fresh(intake))));
        }
        List<Client> out = new ArrayList<>();
        List<Future<Client>> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Enrolled e = ready.get(i).get();
            Joining g = groups.get(i / 40);
            tokens.add(
                    pool.submit(
                            () ->
                                    new Client(
                                            Tokens.accessToken(e.username(), e.password()),
                                            g.sessionId())));
        }
        for (Future<Client> t : tokens) {
            out.add(t.get());
        }
        pool.shutdown();
        System.out.println(
                count + " participants ready in " + groups.size() + " groups of up to 40");
        return out;
    }
}
