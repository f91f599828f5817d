package org.openiop.eligibility.control;

import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How eligibility batches survive a node: how long a node holds a claimed item ({@code
 * openiop.eligibility.batch-lease}, ISO-8601, default PT1M, longer than one payer's answer with its
 * timeout), and how often every node looks for batches to take over ({@code
 * openiop.eligibility.batch-resume-every}, default PT30S).
 */
public final class BatchSettings {

    private static final Logger LOG = Logger.getLogger(BatchSettings.class.getName());

    private static final Duration SHORTEST = Duration.ofSeconds(1);

    private BatchSettings() {}

    public static Duration lease() {
        return duration("openiop.eligibility.batch-lease", Duration.ofMinutes(1));
    }

    public static Duration resumeEvery() {
        return duration("openiop.eligibility.batch-resume-every", Duration.ofSeconds(30));
    }

    static Duration duration(String key, Duration standard) {
        try {
            Duration value =
                    ConfigProvider.getConfig()
                            .getOptionalValue(key, Duration.class)
                            .orElse(standard);
            if (value.compareTo(SHORTEST) >= 0) {
                return value;
            }
        } catch (IllegalArgumentException e) {
            // not a duration: said below
        }
        LOG.warning(
                () ->
                        key
                                + " is not a duration of a second or more (e.g. PT1M); using "
                                + standard);
        return standard;
    }
}
