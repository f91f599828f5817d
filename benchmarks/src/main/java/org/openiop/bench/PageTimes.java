package org.openiop.bench;

import java.net.http.HttpResponse;
import java.util.List;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.Target;

/**
 * Timing console pages for the benchmarks: one request's server time, and medians and percentiles.
 */
final class PageTimes {

    private PageTimes() {}

    /** Milliseconds for one GET of the page; anything but 200 stops the benchmark. */
    static double time(Browserless client, String path) {
        long start = System.nanoTime();
        HttpResponse<String> page = client.get(Target.app() + path);
        double ms = (System.nanoTime() - start) / 1e6;
        if (page.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + page.statusCode());
        }
        return ms;
    }

    static void report(String what, List<Double> ms) {
        System.out.printf(
                "  %-40s median %6.1f ms   p95 %6.1f ms%n",
                what, percentile(ms, 50), percentile(ms, 95));
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
