package org.openiop.eligibility.entity;

import java.time.Instant;
import java.util.UUID;

/**
 * A coverage check as staff read it: its outcome and summary, and {@code benefits}, the JSON of the
 * benefit and rejection lines stored with it ({@code {"benefits": [...], "rejections": [...]}}).
 * The payer's sealed answer is never here.
 */
public record CoverageCheck(
        UUID id,
        UUID participantId,
        CheckOutcome outcome,
        String summary,
        String benefits,
        CheckTrigger trigger,
        String pluginId,
        UUID disclosureId,
        Instant checkedAt,
        String checkedBy) {

    public static CoverageCheck of(EligibilityCheck c) {
        return new CoverageCheck(
                c.getId(),
                c.getParticipantId(),
                c.getOutcome(),
                c.getSummary(),
                c.getBenefits(),
                c.getTrigger(),
                c.getPluginId(),
                c.getDisclosureId(),
                c.getCheckedAt(),
                c.getCheckedBy());
    }
}
