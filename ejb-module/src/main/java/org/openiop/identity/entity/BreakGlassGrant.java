package org.openiop.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openiop.platform.entity.Versioned;

/**
 * An emergency view of one participant's identity by one clinician, for a limited time (HIPAA 45
 * CFR 164.312(a)(2)(ii), emergency access procedure). Every grant waits for a privacy officer to
 * judge it justified or not.
 */
@Entity
@Table(name = "break_glass_grant")
@NamedQuery(
        name = BreakGlassGrant.ACTIVE,
        query =
                "select g from BreakGlassGrant g where g.participantId = :participant and"
                    + " g.grantedTo = :clinician and g.expiresAt > :now order by g.expiresAt desc")
@NamedQuery(
        name = BreakGlassGrant.UNREVIEWED,
        query = "select g from BreakGlassGrant g where g.reviewedAt is null order by g.grantedAt")
@NamedQuery(
        name = BreakGlassGrant.RECENTLY_REVIEWED,
        query =
                "select g from BreakGlassGrant g where g.reviewedAt is not null order by"
                        + " g.reviewedAt desc")
public class BreakGlassGrant extends Versioned {

    public static final String ACTIVE = "BreakGlassGrant.active";
    public static final String UNREVIEWED = "BreakGlassGrant.unreviewed";
    public static final String RECENTLY_REVIEWED = "BreakGlassGrant.recentlyReviewed";
    public static final Duration LIFETIME = Duration.ofMinutes(15);

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(name = "granted_to", nullable = false, length = 80)
    private String grantedTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", nullable = false, length = 30)
    private BreakGlassReason reason;

    // Sealed under a key derived from the participant's data key (IdentityVault.sealFor) once
    // granted.
    @Column(name = "reason_text", length = 4000)
    private String reasonText;

    @Column(name = "outside_caseload", nullable = false)
    private boolean outsideCaseload;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by", length = 80)
    private String reviewedBy;

    @Column(name = "justified")
    private Boolean justified;

    @Column(name = "review_note", length = 1000)
    private String reviewNote;

    protected BreakGlassGrant() {
        // for JPA
    }

    /**
     * @throws IllegalArgumentException when "other" comes without an explanation
     */
    public BreakGlassGrant(
            UUID participantId,
            String clinician,
            BreakGlassReason reason,
            String reasonText,
            Instant now) {
        newId();
        this.participantId = Objects.requireNonNull(participantId);
        this.grantedTo = Objects.requireNonNull(clinician);
        this.reason = Objects.requireNonNull(reason, "Choose a reason for the emergency view.");
        String text = reasonText == null ? null : reasonText.strip();
        if (reason == BreakGlassReason.OTHER && (text == null || text.length() < 10)) {
            throw new IllegalArgumentException(
                    "Explain the reason in at least 10 characters when it is \"other\".");
        }
        if (text != null && text.length() > 500) {
            throw new IllegalArgumentException("The explanation has at most 500 characters.");
        }
        this.reasonText = text == null || text.isEmpty() ? null : text;
        this.grantedAt = now;
        this.expiresAt = now.plus(LIFETIME);
    }

    /**
     * The clinician facilitates none of the participant's groups: allowed only with an explanation,
     * and flagged for the privacy officer's review.
     *
     * @throws IllegalArgumentException without an explanation of at least 10 characters
     */
    public void markOutsideCaseload() {
        if (reasonText == null || reasonText.length() < 10) {
            throw new IllegalArgumentException(
                    "Explain in at least 10 characters why you open the emergency view of someone "
                            + "outside your groups (\"not my group\").");
        }
        this.outsideCaseload = true;
    }

    /** Replaces the explanation with its sealed form; call once, after validation. */
    public void sealReason(String sealed) {
        if (reasonText != null) {
            this.reasonText = sealed;
        }
    }

    /**
     * @throws IllegalStateException when it was already reviewed
     */
    public void review(String officer, boolean wasJustified, String note, Instant now) {
        if (reviewedAt != null) {
            throw new IllegalStateException(
                    "This emergency view was already reviewed by " + reviewedBy + ".");
        }
        if (officer.equals(grantedTo)) {
            throw new IllegalStateException(
                    "An emergency view cannot be reviewed by the person who used it.");
        }
        String trimmed = note == null ? "" : note.strip();
        if (trimmed.isEmpty() || trimmed.length() > 1000) {
            throw new IllegalArgumentException("A review needs a note of 1 to 1000 characters.");
        }
        this.reviewedBy = officer;
        this.justified = wasJustified;
        this.reviewNote = trimmed;
        this.reviewedAt = now;
    }

    public boolean isActiveAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public String getGrantedTo() {
        return grantedTo;
    }

    public BreakGlassReason getReason() {
        return reason;
    }

    /** The explanation as stored: sealed (see {@code BreakGlass.explanation}). */
    public String getReasonText() {
        return reasonText;
    }

    public boolean isOutsideCaseload() {
        return outsideCaseload;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Boolean getJustified() {
        return justified;
    }

    public String getReviewNote() {
        return reviewNote;
    }
}
