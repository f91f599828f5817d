package org.openiop.program.entity;

import java.time.Instant;

/** Where a session is in its life. */
public enum SessionStatus {
    SCHEDULED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    /**
     * The status as of now of a session stored with this status: scheduled sessions turn in
     * progress at their start and completed at their end; a cancelled one stays cancelled.
     */
    public SessionStatus at(Instant startsAt, Instant endsAt, Instant now) {
        if (this == CANCELLED) {
            return this;
        }
        if (!now.isBefore(endsAt)) {
            return COMPLETED;
        }
        return now.isBefore(startsAt) ? SCHEDULED : IN_PROGRESS;
    }
}
