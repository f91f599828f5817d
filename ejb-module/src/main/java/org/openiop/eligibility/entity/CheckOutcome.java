package org.openiop.eligibility.entity;

/** How a check ended: the payer's answer, or why none was asked for. */
public enum CheckOutcome {
    ACTIVE,
    INACTIVE,
    UNKNOWN,
    ERROR,
    /** Not asked, for a reason a person can fix (no payment consent, no insurance on file). */
    SKIPPED,
    /** Asking failed inside OpenIOP; the reason says what happened. */
    FAILED
}
