package org.openiop.plugin.spi;

/** A licensing rule's answer. */
public enum Verdict {
    /** The clinician may serve the participant there, then, that way. */
    ALLOW,
    /** The clinician may not. */
    DENY,
    /** A person must look: the data is incomplete, unclear or stale. Blocks a join. */
    REVIEW,
    /** This rule has nothing to say about the query. */
    ABSTAIN
}
