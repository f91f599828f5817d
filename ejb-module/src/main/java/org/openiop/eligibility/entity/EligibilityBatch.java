package org.openiop.eligibility.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.openiop.platform.entity.Keyed;

/** A check of every current member of a program, with its running counts. */
@Entity
@Table(name = "eligibility_batch")
public class EligibilityBatch extends Keyed {

    @Column(name = "program_id", nullable = false)
    private UUID programId;

    @Column(name = "started_by", nullable = false, length = 80)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "total_count", nullable = false)
    private int total;

    @Column(name = "done_count", nullable = false)
    private int done;

    @Column(name = "active_count", nullable = false)
    private int active;

    @Column(name = "inactive_count", nullable = false)
    private int inactive;

    @Column(name = "unknown_count", nullable = false)
    private int unknown;

    @Column(name = "failed_count", nullable = false)
    private int failed;

    @Column(name = "skipped_count", nullable = false)
    private int skipped;

    protected EligibilityBatch() {}

    public EligibilityBatch(UUID programId, int total, String startedBy, Instant startedAt) {
        newId();
        this.programId = programId;
        this.total = total;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    /** Counts one finished participant; ERROR and FAILED both count as failed. */
    public void count(CheckOutcome outcome) {
        done++;
        switch (outcome) {
            case ACTIVE -> active++;
            case INACTIVE -> inactive++;
            case UNKNOWN -> unknown++;
            case SKIPPED -> skipped++;
            default -> failed++;
        }
    }

    public void finish(Instant at) {
        finishedAt = at;
    }

    public UUID getProgramId() {
        return programId;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getTotal() {
        return total;
    }

    public int getDone() {
        return done;
    }

    public int getActive() {
        return active;
    }

    public int getInactive() {
        return inactive;
    }

    public int getUnknown() {
        return unknown;
    }

    public int getFailed() {
        return failed;
    }

    public int getSkipped() {
        return skipped;
    }

    /** Whole per cent done, for the progress bar. */
    public int getPercent() {
        return total == 0 ? 100 : done * 100 / total;
    }
}
