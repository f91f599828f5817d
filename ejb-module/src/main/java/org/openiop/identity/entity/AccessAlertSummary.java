package org.openiop.identity.entity;

import java.time.Instant;
import java.util.UUID;

/**
 * An access alert as the privacy officer reads it: which member of staff, what kind, how many
 * against how many allowed and, once acknowledged, by whom and when (null until then). Like the
 * alert, it never names whose identities were opened.
 */
public record AccessAlertSummary(
        UUID id,
        String staff,
        AccessAlertKind kind,
        int observed,
        int threshold,
        Instant raisedAt,
        String acknowledgedBy,
        Instant acknowledgedAt) {

    public static AccessAlertSummary of(AccessAlert a) {
        return new AccessAlertSummary(
                a.getId(),
                a.getStaff(),
                a.getKind(),
                a.getObserved(),
                a.getThreshold(),
                a.getRaisedAt(),
                a.getAcknowledgedBy(),
                a.getAcknowledgedAt());
    }
}
