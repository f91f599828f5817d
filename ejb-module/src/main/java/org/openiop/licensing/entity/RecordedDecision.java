package org.openiop.licensing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.openiop.platform.entity.Keyed;
import org.openiop.plugin.spi.Modality;
import org.openiop.plugin.spi.Verdict;

/**
 * A licensing decision used for a real session, kept with its inputs (the clinician's credentials,
 * where the participant was, modality, date) and its outcome (verdict, reasons, obligations,
 * citations, warnings, each plugin's verdict) as JSON, so it can be explained later. Append-only.
 */
@Entity
@Table(name = "licensing_decision")
@NamedQuery(
        name = RecordedDecision.OF_ATTEMPT,
        query =
                "select d from RecordedDecision d where d.joinAttemptId = :attempt "
                        + "order by d.clinician")
@NamedQuery(
        name = RecordedDecision.OF_SESSION,
        query =
                "select d from RecordedDecision d where d.sessionId = :session "
                        + "order by d.decidedAt desc")
public class RecordedDecision extends Keyed {

    public static final String OF_SESSION = "RecordedDecision.ofSession";
    public static final String OF_ATTEMPT = "RecordedDecision.ofAttempt";

    @Column(name = "session_id")
    private UUID sessionId;

    @Column(nullable = false, length = 80)
    private String clinician;

    @Column(nullable = false, length = 2)
    private String jurisdiction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Modality modality;

    @Column(name = "on_date", nullable = false)
    private LocalDate onDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Verdict verdict;

    @Column(nullable = false, length = 8000)
    private String inputs;

    @Column(nullable = false, length = 8000)
    private String outcome;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "decided_by", nullable = false, length = 80)
    private String decidedBy;

    @Column(name = "join_attempt_id")
    private UUID joinAttemptId;

    protected RecordedDecision() {
        // for JPA
    }

    public RecordedDecision(
            UUID sessionId,
            String clinician,
            String jurisdiction,
            Modality modality,
            LocalDate onDate,
            Verdict verdict,
            String inputs,
            String outcome,
            Instant decidedAt,
            String decidedBy) {
        newId();
        this.sessionId = sessionId;
        this.clinician = Objects.requireNonNull(clinician);
        this.jurisdiction = Objects.requireNonNull(jurisdiction);
        this.modality = Objects.requireNonNull(modality);
        this.onDate = Objects.requireNonNull(onDate);
        this.verdict = Objects.requireNonNull(verdict);
        this.inputs = Objects.requireNonNull(inputs);
        this.outcome = Objects.requireNonNull(outcome);
        this.decidedAt = Objects.requireNonNull(decidedAt);
        this.decidedBy = Objects.requireNonNull(decidedBy);
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public String getClinician() {
        return clinician;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public Modality getModality() {
        return modality;
    }

    public LocalDate getOnDate() {
        return onDate;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getInputs() {
        return inputs;
    }

    public String getOutcome() {
        return outcome;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    /**
     * The participant's join this decision was made for, or null for a decision asked for by staff.
     */
    public UUID getJoinAttemptId() {
        return joinAttemptId;
    }

    public void madeForJoin(UUID attemptId) {
        this.joinAttemptId = attemptId;
    }
}
