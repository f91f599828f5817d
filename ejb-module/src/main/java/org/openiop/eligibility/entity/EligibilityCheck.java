package org.openiop.eligibility.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.openiop.platform.entity.Keyed;

/**
 * One coverage check. {@code summary} and {@code benefits} hold no identity (the plugin's words are
 * scrubbed of the member's id, names and date of birth before they get here); {@code sealedAnswer}
 * is the plugin's whole answer, sealed like the vault, for a privacy officer's review.
 */
@Entity
@Table(name = "eligibility_check")
@NamedQuery(
        name = EligibilityCheck.OF_PARTICIPANT,
        query =
                "select c from EligibilityCheck c where c.participantId = :participant order by"
                        + " c.checkedAt desc")
@NamedQuery(
        name = EligibilityCheck.OF_BATCH,
        query = "select c from EligibilityCheck c where c.batchId = :batch order by c.checkedAt")
@NamedQuery(
        name = EligibilityCheck.LAST_ASKED,
        query =
                "select max(c.checkedAt) from EligibilityCheck c where c.participantId ="
                        + " :participant and c.outcome in"
                        + " (org.openiop.eligibility.entity.CheckOutcome.ACTIVE,"
                        + " org.openiop.eligibility.entity.CheckOutcome.INACTIVE)")
public class EligibilityCheck extends Keyed {

    public static final String OF_PARTICIPANT = "EligibilityCheck.ofParticipant";
    public static final String OF_BATCH = "EligibilityCheck.ofBatch";
    public static final String LAST_ASKED = "EligibilityCheck.lastAsked";

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(name = "batch_id")
    private UUID batchId;

    @Column(name = "plugin_id", length = 64)
    private String pluginId;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 24)
    private CheckTrigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 12)
    private CheckOutcome outcome;

    @Column(name = "summary", nullable = false, length = 2000)
    private String summary;

    @Column(name = "benefits", nullable = false, length = 8000)
    private String benefits;

    @Column(name = "sealed_answer", length = 16000)
    private String sealedAnswer;

    @Column(name = "disclosure_id")
    private UUID disclosureId;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "checked_by", nullable = false, length = 80)
    private String checkedBy;

    protected EligibilityCheck() {}

    public EligibilityCheck(
            UUID participantId,
            UUID batchId,
            String pluginId,
            CheckTrigger trigger,
            CheckOutcome outcome,
            String summary,
            String benefits,
            String sealedAnswer,
            UUID disclosureId,
            Instant checkedAt,
            String checkedBy) {
        newId();
        this.participantId = participantId;
        this.batchId = batchId;
        this.pluginId = pluginId;
        this.trigger = trigger;
        this.outcome = outcome;
        this.summary = summary.length() > 2000 ? summary.substring(0, 1997) + "…" : summary;
        this.benefits = benefits;
        this.sealedAnswer = sealedAnswer;
        this.disclosureId = disclosureId;
        this.checkedAt = checkedAt;
        this.checkedBy = checkedBy;
    }

    public UUID getParticipantId() {
        return participantId;
    }

    /**
     * Counts this check outside its batch: another node finished the batch's item for the same
     * member first. The check stays, because the payer was asked and the disclosure is in the
     * ledger.
     */
    public void leaveBatch() {
        batchId = null;
    }

    public UUID getBatchId() {
        return batchId;
    }

    public String getPluginId() {
        return pluginId;
    }

    public CheckTrigger getTrigger() {
        return trigger;
    }

    public CheckOutcome getOutcome() {
        return outcome;
    }

    public String getSummary() {
        return summary;
    }

    public String getBenefits() {
        return benefits;
    }

    public String getSealedAnswer() {
        return sealedAnswer;
    }

    public UUID getDisclosureId() {
        return disclosureId;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getCheckedBy() {
        return checkedBy;
    }
}
