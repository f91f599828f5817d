package org.openiop.consent.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openiop.platform.entity.Keyed;

/**
 * One disclosure of a participant's information, for the accounting a participant may ask for (42
 * CFR 2.25): recipient, date, what was disclosed, why, the consent relied on and the notice that
 * accompanied it (42 CFR 2.32). Append-only.
 */
@Entity
@Table(name = "disclosure")
@NamedQuery(
        name = Disclosure.OF_PARTICIPANT_SINCE,
        query =
                "select d from Disclosure d where d.participantId = :participant "
                        + "and d.disclosedAt >= :since order by d.disclosedAt desc")
public class Disclosure extends Keyed {

    public static final String OF_PARTICIPANT_SINCE = "Disclosure.ofParticipantSince";

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(nullable = false, length = 200)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_class", nullable = false, length = 32)
    private RecipientClass recipientClass;

    @Column(name = "disclosed_at", nullable = false)
    private Instant disclosedAt;

    @Column(nullable = false, length = 500)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DisclosurePurpose purpose;

    @Column(name = "consent_id")
    private UUID consentId;

    @Column(nullable = false, length = 2000)
    private String notice;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    protected Disclosure() {
        // for JPA
    }

    /**
     * @throws IllegalArgumentException naming what is missing
     */
    public Disclosure(
            UUID participantId,
            String recipient,
            RecipientClass recipientClass,
            Instant disclosedAt,
            String description,
            DisclosurePurpose purpose,
            UUID consentId,
            String notice,
            String recordedBy) {
        if (recipient == null || recipient.isBlank() || recipient.strip().length() > 200) {
            throw new IllegalArgumentException("Name the recipient (at most 200 characters).");
        }
        if (description == null || description.isBlank() || description.strip().length() > 500) {
            throw new IllegalArgumentException(
                    "Describe what was disclosed (at most 500 characters).");
        }
        newId();
        this.participantId = Objects.requireNonNull(participantId);
        this.recipient = recipient.strip();
        this.recipientClass =
                Objects.requireNonNull(recipientClass, "Choose the recipient's class.");
        this.disclosedAt = Objects.requireNonNull(disclosedAt);
        this.description = description.strip();
        this.purpose = Objects.requireNonNull(purpose, "Choose the purpose.");
        this.consentId = consentId;
        this.notice = Objects.requireNonNull(notice);
        this.recordedBy = Objects.requireNonNull(recordedBy);
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public String getRecipient() {
        return recipient;
    }

    public RecipientClass getRecipientClass() {
        return recipientClass;
    }

    public Instant getDisclosedAt() {
        return disclosedAt;
    }

    public String getDescription() {
        return description;
    }

    public DisclosurePurpose getPurpose() {
        return purpose;
    }

    public UUID getConsentId() {
        return consentId;
    }

    public String getNotice() {
        return notice;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
