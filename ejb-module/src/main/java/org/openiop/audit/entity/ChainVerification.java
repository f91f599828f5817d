package org.openiop.audit.entity;

import java.util.List;

/**
 * What walking the audit trail found.
 *
 * @param intact whether every mark, link, number and checkpoint held
 * @param events how many sealed events were checked
 * @param brokenAt the chain position (1-based) of the first problem, or null when intact or when
 *     the first problem has no place in the chain (a writer's number that never arrived)
 * @param problem the first problem, in words an auditor can act on, or null when intact
 * @param problems every problem found, first first, at most {@link #MAX_PROBLEMS}
 * @param checkpoints how many signed checkpoints the chain was compared with
 */
public record ChainVerification(
        boolean intact,
        long events,
        Long brokenAt,
        String problem,
        List<String> problems,
        int checkpoints) {

    public static final int MAX_PROBLEMS = 20;

    public ChainVerification {
        problems = List.copyOf(problems);
    }

    public static ChainVerification intact(long events, int checkpoints) {
        return new ChainVerification(true, events, null, null, List.of(), checkpoints);
    }

    /** "intact, 42 events" or "broken at event 17: ..." */
    public String summary() {
        if (intact) {
            return "intact, " + events + " events";
        }
        return (brokenAt == null ? "broken: " : "broken at event " + brokenAt + ": ")
                + problem
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "");
    }
}
