package org.openiop.eligibility.entity;

/** What started a check. */
public enum CheckTrigger {
    MANUAL,
    BATCH,
    /** The automatic check before a participant's first session. */
    FIRST_SESSION,
    /** The automatic monthly re-check. */
    MONTHLY
}
