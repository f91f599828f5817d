package org.openiop.eligibility.rest;

import java.util.UUID;

/**
 * What the eligibility API takes. Each names one thing by id; the resource says which one is
 * missing in its own words.
 */
public final class EligibilityRequests {

    private EligibilityRequests() {}

    /** {@code {"participantId": "..."}}: the participant to check now. */
    public record EligibilityCheckBody(UUID participantId) {}

    /** {@code {"programId": "..."}}: the program whose current members to check. */
    public record EligibilityBatchBody(UUID programId) {}
}
