package org.openiop.identity.rest;

import java.time.Instant;
import java.util.UUID;
import org.openiop.identity.entity.AccessAlertKind;
import org.openiop.identity.entity.AccessAlertSummary;

/** What the identity API answers with. */
public final class IdentityViews {

    private IdentityViews() {}

    /**
     * A member of staff who opened more identities or emergency views in an hour than the
     * threshold: who, what kind, how many against how many allowed and, once acknowledged, by whom
     * and when (null until then). It never names whose identities were opened.
     */
    public record AccessAlertView(
            UUID id,
            String staff,
            AccessAlertKind kind,
            int observed,
            int threshold,
            Instant raisedAt,
            String acknowledgedBy,
            Instant acknowledgedAt) {

        static AccessAlertView of(AccessAlertSummary a) {
            boolean acknowledged = a.acknowledgedAt() != null;
            return new AccessAlertView(
                    a.id(),
                    a.staff(),
                    a.kind(),
                    a.observed(),
                    a.threshold(),
                    a.raisedAt(),
                    acknowledged ? a.acknowledgedBy() : null,
                    a.acknowledgedAt());
        }
    }
}
