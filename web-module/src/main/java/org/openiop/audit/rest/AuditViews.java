package org.openiop.audit.rest;

import java.time.Instant;
import java.util.List;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.audit.entity.ChainVerification;
import org.openiop.audit.entity.SignedCheckpoint;

/**
 * What the audit API answers with, besides the export (JSON lines, written by the trail itself).
 * Events name people only by username or opaque id, as the trail keeps them.
 */
public final class AuditViews {

    private AuditViews() {}

    /** One event; {@code target} and {@code purpose} are null when it had none. */
    public record AuditEventView(
            Instant occurredAt,
            String actor,
            String action,
            String outcome,
            String target,
            String purpose) {

        static AuditEventView of(AuditRecord e) {
            return new AuditEventView(
                    e.occurredAt(), e.actor(), e.action(), e.outcome(), e.target(), e.purpose());
        }
    }

    /**
     * What walking the chain found. {@code problem}, {@code problems} and {@code brokenAt} are null
     * while it is intact; {@code brokenAt} is also null when the first problem has no place in the
     * chain.
     */
    public record AuditVerificationView(
            boolean intact,
            long events,
            int checkpoints,
            String summary,
            String problem,
            List<String> problems,
            Long brokenAt) {

        static AuditVerificationView of(ChainVerification v) {
            return new AuditVerificationView(
                    v.intact(),
                    v.events(),
                    v.checkpoints(),
                    v.summary(),
                    v.intact() ? null : v.problem(),
                    v.intact() ? null : v.problems(),
                    v.intact() ? null : v.brokenAt());
        }
    }

    /** A signed checkpoint of the chain's end: its position, link and when it was signed. */
    public record AuditCheckpointView(long index, String link, Instant at, String signature) {

        static AuditCheckpointView of(SignedCheckpoint c) {
            return new AuditCheckpointView(c.index(), c.link(), c.at(), c.signature());
        }
    }
}
