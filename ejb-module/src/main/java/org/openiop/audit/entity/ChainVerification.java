package org.openiop.audit.entity;

/**
 * What walking the audit chain found.
 *
 * @param intact whether every link held
 * @param events how many sealed events were checked
 * @param brokenAt the chain position (1-based) of the first event where the chain breaks, or null
 * @param problem what is wrong there, in words an auditor can act on, or null when intact
 */
public record ChainVerification(boolean intact, long events, Long brokenAt, String problem) {

    public static ChainVerification intact(long events) {
        return new ChainVerification(true, events, null, null);
    }

    public static ChainVerification broken(long checked, long at, String problem) {
        return new ChainVerification(false, checked, at, problem);
    }

    /** "intact, 42 events" or "broken at event 17: ..." */
    public String summary() {
        return intact ? "intact, " + events + " events" : "broken at event " + brokenAt + ": " + problem;
    }
}
