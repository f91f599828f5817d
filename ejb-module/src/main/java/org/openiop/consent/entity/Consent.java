package org.openiop.consent.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import org.openiop.platform.entity.Versioned;

/**
 * A participant's written consent under 42 CFR 2.31(a): who may receive (a class or a named
 * recipient), for what purpose, what information, until when (a date or discharge), the statement
 * of the right to revoke, and the signature (the typed pseudonym) with its time. The participant's
 * name (2.31(a)(1)) is resolved from the identity vault when a disclosure needs it, never stored
 * here. Revocation takes effect when it is made and is never back-dated.
 */
@Entity
@Table(name = "consent")
@NamedQuery(
        name = Consent.OF_PARTICIPANT,
        query =
                "select c from Consent c where c.participantId = :participant "
                        + "order by c.signedAt desc")
public class Consent extends Versioned {

    public static final String OF_PARTICIPANT = "Consent.ofParticipant";

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private ConsentType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_class", nullable = false, length = 32)
    private RecipientClass recipientClass;

    @Column(name = "recipient_name", length = 200)
    private String recipientName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DisclosurePurpose purpose;

    @Column(name = "purpose_text", length = 300)
    private String purposeText;

    @Column(nullable = false, length = 500)
    private String information;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "expires_on_discharge", nullable = false)
    private boolean expiresOnDischarge;

    @Column(name = "revocation_statement", nullable = false, length = 2000)
    private String revocationStatement;

    @Column(nullable = false, length = 24)
    private String signature;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revocation_text", length = 500)
    private String revocationText;

    protected Consent() {
        // for JPA
    }

    /**
     * @throws IllegalArgumentException naming the element that is missing or wrong
     */
    public Consent(UUID participantId, ConsentTerms terms, String signature, Instant signedAt) {
        newId();
        this.participantId = Objects.requireNonNull(participantId);
        this.type = Objects.requireNonNull(terms.type(), "Choose the kind of consent.");
        this.recipientClass =
                Objects.requireNonNull(
                        terms.recipientClass(), "Say who may receive the information.");
        this.recipientName = blankToNull(terms.recipientName());
        if (recipientClass == RecipientClass.NAMED && recipientName == null) {
            throw new IllegalArgumentException("Name the recipient.");
        }
        if (recipientName != null && recipientName.length() > 200) {
            throw new IllegalArgumentException("The recipient's name has at most 200 characters.");
        }
        this.purpose = Objects.requireNonNull(terms.purpose(), "Say for what purpose.");
        this.purposeText = blankToNull(terms.purposeText());
        if (purpose == DisclosurePurpose.OTHER && purposeText == null) {
            throw new IllegalArgumentException("Describe the purpose.");
        }
        if (type == ConsentType.TPO && !purpose.isTpo()) {
            throw new IllegalArgumentException(
                    "A TPO consent is for treatment, payment or health-care operations.");
        }
        if (type == ConsentType.TELEHEALTH && purpose != DisclosurePurpose.TELEHEALTH_CARE) {
            throw new IllegalArgumentException("A telehealth consent is for care by telehealth.");
        }
        this.information = blankToNull(terms.information());
        if (information == null || information.length() > 500) {
            throw new IllegalArgumentException(
                    "Describe the information that may be disclosed (at most 500 characters).");
        }
        if (terms.expiresOn() == null && !terms.expiresOnDischarge()) {
            throw new IllegalArgumentException(
                    "Say when the consent ends: a date, or at discharge.");
        }
        if (terms.expiresOn() != null
                && !terms.expiresOn().isAfter(LocalDate.ofInstant(signedAt, ZoneOffset.UTC))) {
            throw new IllegalArgumentException("The end date must be after today.");
        }
        this.expiresOn = terms.expiresOn();
        this.expiresOnDischarge = terms.expiresOnDischarge();
        this.revocationStatement = Part2Notice.REVOCATION;
        this.signature = Objects.requireNonNull(signature);
        this.signedAt = Objects.requireNonNull(signedAt);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Whether this consent was in force at that moment: signed by then, not yet revoked, not past
     * its end date (the whole end day counts, in UTC) and, if it ends at discharge, not discharged.
     */
    public boolean inForceAt(Instant at, Instant dischargedAt) {
        if (at.isBefore(signedAt) || revokedAt != null && !at.isBefore(revokedAt)) {
            return false;
        }
        if (expiresOn != null && LocalDate.ofInstant(at, ZoneOffset.UTC).isAfter(expiresOn)) {
            return false;
        }
        return !(expiresOnDischarge && dischargedAt != null && !at.isBefore(dischargedAt));
    }

    /** Whether, in force at that moment, it covers this recipient class and purpose. */
    public boolean permits(
            RecipientClass recipient, DisclosurePurpose wanted, Instant at, Instant dischargedAt) {
        if (!inForceAt(at, dischargedAt) || recipient != recipientClass) {
            return false;
        }
        return type == ConsentType.TPO ? wanted.isTpo() : wanted == purpose;
    }

    /**
     * Revokes from {@code at} on.
     *
     * @throws IllegalStateException when already revoked
     */
    public void revoke(String text, Instant at) {
        if (revokedAt != null) {
            throw new IllegalStateException(
                    "This consent was already revoked on " + revokedAt + ".");
        }
        String written = blankToNull(text);
        if (written == null || written.length() > 500) {
            throw new IllegalArgumentException(
                    "Write your revocation in a few words (at most 500 characters).");
        }
        this.revokedAt = Objects.requireNonNull(at);
        this.revocationText = written;
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public ConsentType getType() {
        return type;
    }

    public RecipientClass getRecipientClass() {
        return recipientClass;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public DisclosurePurpose getPurpose() {
        return purpose;
    }

    public String getPurposeText() {
        return purposeText;
    }

    public String getInformation() {
        return information;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public boolean isExpiresOnDischarge() {
        return expiresOnDischarge;
    }

    public String getRevocationStatement() {
        return revocationStatement;
    }

    public String getSignature() {
        return signature;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevocationText() {
        return revocationText;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
