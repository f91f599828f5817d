package org.openiop.eligibility.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openiop.eligibility.boundary.EligibilityBatches;
import org.openiop.eligibility.boundary.EligibilityRechecks;
import org.openiop.eligibility.entity.CheckOutcome;
import org.openiop.eligibility.entity.CheckTrigger;
import org.openiop.eligibility.entity.EligibilityBatch;
import org.openiop.eligibility.entity.EligibilityCheck;

/**
 * What the eligibility API answers with: a check's outcome, summary and benefits, never the sealed
 * answer the payer gave.
 */
public final class EligibilityViews {

    private EligibilityViews() {}

    /**
     * One coverage check. {@code benefits} and {@code rejections} are the lines stored with the
     * check, as the plugin's answer had them (a field the payer did not state is absent).
     */
    public record EligibilityCheckView(
            UUID id,
            UUID participantId,
            String pseudonym,
            CheckOutcome outcome,
            String summary,
            List<JsonObject> benefits,
            List<JsonObject> rejections,
            CheckTrigger trigger,
            String plugin,
            UUID disclosureId,
            Instant checkedAt,
            String checkedBy) {

        static EligibilityCheckView of(EligibilityCheck c, String pseudonym) {
            JsonObject detail;
            try (JsonReader r = Json.createReader(new StringReader(c.getBenefits()))) {
                detail = r.readObject();
            }
            return new EligibilityCheckView(
                    c.getId(),
                    c.getParticipantId(),
                    pseudonym,
                    c.getOutcome(),
                    c.getSummary(),
                    detail.getJsonArray("benefits").getValuesAs(JsonObject.class),
                    detail.getJsonArray("rejections").getValuesAs(JsonObject.class),
                    c.getTrigger(),
                    c.getPluginId(),
                    c.getDisclosureId(),
                    c.getCheckedAt(),
                    c.getCheckedBy());
        }
    }

    /** A batch's counts so far. */
    public record EligibilityBatchView(
            UUID id,
            UUID programId,
            int total,
            int done,
            int percent,
            boolean finished,
            int active,
            int inactive,
            int unknown,
            int failed,
            int skipped,
            Instant startedAt,
            String startedBy) {

        static EligibilityBatchView of(EligibilityBatch b) {
            return new EligibilityBatchView(
                    b.getId(),
                    b.getProgramId(),
                    b.getTotal(),
                    b.getDone(),
                    b.getPercent(),
                    b.getFinishedAt() != null,
                    b.getActive(),
                    b.getInactive(),
                    b.getUnknown(),
                    b.getFailed(),
                    b.getSkipped(),
                    b.getStartedAt(),
                    b.getStartedBy());
        }
    }

    /**
     * A batch's counts and each participant's check so far: the fields of {@link
     * EligibilityBatchView} with {@code checks} beside them, not nested, as clients read them.
     */
    public record EligibilityBatchProgressView(
            UUID id,
            UUID programId,
            int total,
            int done,
            int percent,
            boolean finished,
            int active,
            int inactive,
            int unknown,
            int failed,
            int skipped,
            Instant startedAt,
            String startedBy,
            List<EligibilityCheckView> checks) {

        /**
         * @param pseudonyms by participant id; a participant without one is shown with null
         */
        static EligibilityBatchProgressView of(
                EligibilityBatches.View view, Map<UUID, String> pseudonyms) {
            EligibilityBatch b = view.batch();
            return new EligibilityBatchProgressView(
                    b.getId(),
                    b.getProgramId(),
                    b.getTotal(),
                    b.getDone(),
                    b.getPercent(),
                    b.getFinishedAt() != null,
                    b.getActive(),
                    b.getInactive(),
                    b.getUnknown(),
                    b.getFailed(),
                    b.getSkipped(),
                    b.getStartedAt(),
                    b.getStartedBy(),
                    view.checks().stream()
                            .map(
                                    c ->
                                            EligibilityCheckView.of(
                                                    c, pseudonyms.get(c.getParticipantId())))
                            .toList());
        }
    }

    /** The day's automatic re-checks: whether this call ran them, and how many of each kind. */
    public record EligibilityRecheckView(
            LocalDate day, boolean claimed, int beforeFirstSession, int monthly) {

        static EligibilityRecheckView of(EligibilityRechecks.Run run) {
            return new EligibilityRecheckView(
                    run.day(), run.claimed(), run.beforeFirstSession(), run.monthly());
        }
    }
}
