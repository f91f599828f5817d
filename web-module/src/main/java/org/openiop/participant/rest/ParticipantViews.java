package org.openiop.participant.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openiop.identity.entity.BreakGlassEntry;
import org.openiop.identity.entity.BreakGlassReason;
import org.openiop.identity.entity.Identity;
import org.openiop.participant.boundary.Enrollment;
import org.openiop.participant.entity.ParticipantPage;
import org.openiop.participant.entity.ParticipantStatus;
import org.openiop.participant.entity.ParticipantView;

/**
 * What the participants API answers with. Everything but {@link IdentityView} is pseudonymous; that
 * one is answered only by the vault's audited read.
 */
public final class ParticipantViews {

    private ParticipantViews() {}

    /** A participant as staff see them in lists: pseudonymous fields only. */
    public record ParticipantSummaryView(
            UUID id,
            String username,
            String pseudonym,
            ParticipantStatus status,
            Instant enrolledAt,
            boolean erased) {

        static ParticipantSummaryView of(ParticipantView p) {
            return new ParticipantSummaryView(
                    p.id(), p.username(), p.pseudonym(), p.status(), p.enrolledAt(), p.erased());
        }
    }

    /** One page of the participants list, and how many match in all. */
    public record ParticipantPageView(long total, List<ParticipantSummaryView> rows) {

        static ParticipantPageView of(ParticipantPage page) {
            return new ParticipantPageView(
                    page.total(), page.rows().stream().map(ParticipantSummaryView::of).toList());
        }
    }

    /** What intake hands the participant, once: the generated username and a temporary password. */
    public record AccountHandOutView(
            UUID participantId, String username, String temporaryPassword) {

        static AccountHandOutView of(Enrollment e) {
            return new AccountHandOutView(e.participantId(), e.username(), e.temporaryPassword());
        }

        /** Never prints the password. */
        @Override
        public String toString() {
            return "AccountHandOutView[participantId="
                    + participantId
                    + ", username="
                    + username
                    + ", temporaryPassword not shown]";
        }
    }

    /** The real identity, from the vault; absent fields are null. */
    public record IdentityView(
            String legalFirstName,
            String legalMiddleName,
            String legalLastName,
            LocalDate dateOfBirth,
            String phone,
            String streetAddress,
            String city,
            String postalState,
            String postalCode,
            String stateOfResidence,
            String emergencyContactName,
            String emergencyContactPhone,
            String insurancePayer,
            String insuranceMemberId) {

        static IdentityView of(Identity i) {
            return new IdentityView(
                    i.legalFirstName(),
                    i.legalMiddleName(),
                    i.legalLastName(),
                    i.dateOfBirth(),
                    i.phone(),
                    i.streetAddress(),
                    i.city(),
                    i.postalState(),
                    i.postalCode(),
                    i.stateOfResidence(),
                    i.emergencyContactName(),
                    i.emergencyContactPhone(),
                    i.insurancePayer(),
                    i.insuranceMemberId());
        }

        /** Never prints the contents, as {@link Identity} does not. */
        @Override
        public String toString() {
            return "IdentityView[contents not shown]";
        }
    }

    /**
     * An emergency view: who opened it, why, until when, whether the participant was outside the
     * clinician's groups ({@code notMyGroup}) and, once reviewed, the privacy officer's finding
     * (null until then).
     */
    public record BreakGlassGrantView(
            UUID id,
            UUID participantId,
            String grantedTo,
            BreakGlassReason reason,
            Instant grantedAt,
            Instant expiresAt,
            boolean notMyGroup,
            Instant reviewedAt,
            String reviewedBy,
            Boolean justified) {

        static BreakGlassGrantView of(BreakGlassEntry g) {
            boolean reviewed = g.reviewedAt() != null;
            return new BreakGlassGrantView(
                    g.id(),
                    g.participantId(),
                    g.grantedTo(),
                    g.reason(),
                    g.grantedAt(),
                    g.expiresAt(),
                    g.outsideCaseload(),
                    g.reviewedAt(),
                    reviewed ? g.reviewedBy() : null,
                    reviewed ? g.justified() : null);
        }
    }

    /**
     * An emergency view waiting for the privacy officer's review, with the clinician's explanation
     * opened from its seal (empty when none was given). The review fields are null: it is not
     * reviewed yet.
     */
    public record BreakGlassToReviewView(
            UUID id,
            UUID participantId,
            String grantedTo,
            BreakGlassReason reason,
            Instant grantedAt,
            Instant expiresAt,
            boolean notMyGroup,
            Instant reviewedAt,
            String reviewedBy,
            Boolean justified,
            String explanation) {

        static BreakGlassToReviewView of(BreakGlassEntry g, String explanation) {
            BreakGlassGrantView v = BreakGlassGrantView.of(g);
            return new BreakGlassToReviewView(
                    v.id(),
                    v.participantId(),
                    v.grantedTo(),
                    v.reason(),
                    v.grantedAt(),
                    v.expiresAt(),
                    v.notMyGroup(),
                    v.reviewedAt(),
                    v.reviewedBy(),
                    v.justified(),
                    explanation);
        }

        /** The explanation may name the participant: never printed. */
        @Override
        public String toString() {
            return "BreakGlassToReviewView[id=" + id + ", explanation not shown]";
        }
    }
}
