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
import org.openiop.eligibility.entity.BatchProgress;
import org.openiop.eligibility.entity.CheckOutcome;
import org.openiop.eligibility.entity.CheckTrigger;
import org.openiop.eligibility.entity.CoverageCheck;

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

        static EligibilityCheckView of(CoverageCheck c, String pseudonym) {
            JsonObject detail;
            try (JsonReader r = Json.createReader(new StringReader(c.benefits()))) {
                detail = r.readObject();
            }
            return new EligibilityCheckView(
                    c.id(),
                    c.participantId(),
                    pseudonym,
                    c.outcome(),
                    c.summary(),
                    detail.getJsonArray("benefits").getValuesAs(JsonObject.class),
                    detail.getJsonArray("rejections").getValuesAs(JsonObject.class),
                    c.trigger(),
                    c.pluginId(),
                    c.disclosureId(),
                    c.checkedAt(),
                    c.checkedBy());
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

        static EligibilityBatchView of(BatchProgress b) {
            return new EligibilityBatchView(
                    b.id(),
                    b.programId(),
                    b.total(),
                    b.done(),
                    b.percent(),
                    b.finishedAt() != null,
                    b.active(),
                    b.inactive(),
                    b.unknown(),
                    b.failed(),
                    b.skipped(),
                    b.startedAt(),
                    b.startedBy());
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
            BatchProgress b = view.batch();
            return new EligibilityBatchProgressView(
                    b.id(),
                    b.programId(),
                    b.total(),
                    b.done(),
                    b.percent(),
                    b.finishedAt() != null,
                    b.active(),
                    b.inactive(),
                    b.unknown(),
                    b.failed(),
                    b.skipped(),
                    b.startedAt(),
                    b.startedBy(),
                    view.checks().stream()
                            .map(c -> EligibilityCheckView.of(c, pseudonyms.get(c.participantId())))
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
