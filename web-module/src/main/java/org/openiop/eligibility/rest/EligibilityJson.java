package org.openiop.eligibility.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import org.openiop.eligibility.entity.EligibilityBatch;
import org.openiop.eligibility.entity.EligibilityCheck;
import org.openiop.platform.rest.JsonFields;

/** Checks and batches as JSON: outcome, summary and benefits, never the sealed answer. */
final class EligibilityJson {

    private EligibilityJson() {}

    static JsonObjectBuilder of(EligibilityCheck c, String pseudonym) {
        JsonObject detail;
        try (JsonReader r = Json.createReader(new StringReader(c.getBenefits()))) {
            detail = r.readObject();
        }
        return Json.createObjectBuilder()
                .add("id", c.getId().toString())
                .add("participantId", c.getParticipantId().toString())
                .add("pseudonym", JsonFields.orNull(pseudonym))
                .add("outcome", c.getOutcome().name())
                .add("summary", c.getSummary())
                .add("benefits", detail.getJsonArray("benefits"))
                .add("rejections", detail.getJsonArray("rejections"))
                .add("trigger", c.getTrigger().name())
                .add("plugin", JsonFields.orNull(c.getPluginId()))
                .add(
                        "disclosureId",
                        JsonFields.orNull(
                                c.getDisclosureId() == null
                                        ? null
                                        : c.getDisclosureId().toString()))
                .add("checkedAt", c.getCheckedAt().toString())
                .add("checkedBy", c.getCheckedBy());
    }

    static JsonObjectBuilder of(EligibilityBatch b) {
        return Json.createObjectBuilder()
                .add("id", b.getId().toString())
                .add("programId", b.getProgramId().toString())
                .add("total", b.getTotal())
                .add("done", b.getDone())
                .add("percent", b.getPercent())
                .add("finished", b.getFinishedAt() != null)
                .add("active", b.getActive())
                .add("inactive", b.getInactive())
                .add("unknown", b.getUnknown())
                .add("failed", b.getFailed())
                .add("skipped", b.getSkipped())
                .add("startedAt", b.getStartedAt().toString())
                .add("startedBy", b.getStartedBy());
    }
}
