package org.openiop.eligibility.entity;

import java.time.Instant;
import java.util.UUID;

/**
 * A batch of coverage checks as its page and the API follow it: the counts so far, the whole per
 * cent done, and {@code finishedAt} (null while it runs).
 */
public record BatchProgress(
        UUID id,
        UUID programId,
        int total,
        int done,
        int percent,
        Instant finishedAt,
        int active,
        int inactive,
        int unknown,
        int failed,
        int skipped,
        Instant startedAt,
        String startedBy) {

    public static BatchProgress of(EligibilityBatch b) {
        return new BatchProgress(
                b.getId(),
                b.getProgramId(),
                b.getTotal(),
                b.getDone(),
                b.getPercent(),
                b.getFinishedAt(),
                b.getActive(),
                b.getInactive(),
                b.getUnknown(),
                b.getFailed(),
                b.getSkipped(),
                b.getStartedAt(),
                b.getStartedBy());
    }
}
