package org.openiop.consent.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.Actor;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.consent.control.Signers;
import org.openiop.consent.entity.Consent;
import org.openiop.consent.entity.ConsentTerms;
import org.openiop.consent.entity.ConsentType;
import org.openiop.consent.entity.DisclosurePurpose;
import org.openiop.consent.entity.RecipientClass;
import org.openiop.consent.entity.SignedConsent;
import org.openiop.participant.boundary.Participants;
import org.openiop.participant.entity.Participant;
import org.openiop.platform.boundary.Forbidden;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.program.control.Caseload;
import org.openiop.program.control.CaseloadWindow;

/**
 * 42 CFR Part 2 consents: participants sign and revoke their own; staff read them; and the one
 * question the rest of OpenIOP asks before disclosing anything: {@link #permits}.
 */
@Stateless
public class Consents {

    /** Staff roles that may read a participant's consents. */
    static final Role[] STAFF_READERS = Role.STAFF.toArray(Role[]::new);

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @EJB Participants participants;

    @Inject CaseloadWindow window;

    @EJB AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /**
     * Whether a consent in force at {@code at} permits disclosing the participant's information to
     * this class of recipient for this purpose. False for an unknown participant.
     */
    @RolesAllowed({Role.Names.INTAKE, Role.Names.PROGRAM_ADMIN, Role.Names.SYSTEM})
    public boolean permits(
            UUID participantId, RecipientClass recipient, DisclosurePurpose purpose, Instant at) {
        return permitting(participantId, recipient, purpose, at).isPresent();
    }

    /**
     * The consent that permits it, for the disclosures ledger; the most recently signed one wins.
     */
    @RolesAllowed({
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.PRIVACY_OFFICER,
        Role.Names.SYSTEM
    })
    public Optional<Consent> permitting(
            UUID participantId, RecipientClass recipient, DisclosurePurpose purpose, Instant at) {
        Participant p = participants.byId(participantId).orElse(null);
        if (p == null) {
            return Optional.empty();
        }
        return of(participantId).stream()
                .filter(c -> c.permits(recipient, purpose, at, p.getDischargedAt()))
                .findFirst();
    }

    /**
     * The signed-in participant signs one or more consents at once, with their typed pseudonym.
     *
     * @throws RequestRefused (invalid) when an element is missing, the signature is not theirs, or
     *     counseling notes are combined with another kind (42 CFR 2.31(b)); nothing is saved then
     */
    @RolesAllowed(Role.Names.PARTICIPANT)
    public List<SignedConsent> sign(Actor self, List<ConsentTerms> terms, String typedPseudonym) {
        Participant participant = ParticipantLookup.self(participants, self);
        if (terms == null || terms.isEmpty()) {
            throw new Invalid("Choose at least one consent to sign.");
        }
        boolean notes = terms.stream().anyMatch(t -> t.type() == ConsentType.COUNSELING_NOTES);
        if (notes && terms.stream().anyMatch(t -> t.type() != ConsentType.COUNSELING_NOTES)) {
            throw new Invalid(
                    "A consent for counseling notes must be signed on its own, not together with "
                            + "other consents (42 CFR 2.31(b)).",
                    Map.of("type", "COUNSELING_NOTES alone"));
        }
        String signature = Signers.requireOwnPseudonym(participant, typedPseudonym);
        Instant now = clock.instant();
        List<Consent> signed = new ArrayList<>();
        for (ConsentTerms t : terms) {
            try {
                signed.add(new Consent(participant.getId(), t, signature, now));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new Invalid(e.getMessage());
            }
        }
        signed.forEach(em::persist);
        for (Consent c : signed) {
            audit.record(
                    self.username(),
                    "consent.sign." + c.getType().name(),
                    participant.getId().toString(),
                    null,
                    AuditRecord.SUCCESS);
        }
        return signed.stream().map(SignedConsent::of).toList();
    }

    /**
     * Revokes one of the signed-in participant's consents from now on; never back-dated.
     *
     * @throws RequestRefused (not-found) for someone else's consent, (invalid) without a written
     *     revocation
     */
    @RolesAllowed(Role.Names.PARTICIPANT)
    public SignedConsent revoke(Actor self, UUID consentId, String writtenRevocation) {
        Participant participant = ParticipantLookup.self(participants, self);
        Consent consent = consentId == null ? null : em.find(Consent.class, consentId);
        if (consent == null || !consent.getParticipantId().equals(participant.getId())) {
            throw new NotFound("You have no consent with that id.");
        }
        try {
            consent.revoke(writtenRevocation, clock.instant());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new Invalid(e.getMessage(), Map.of("revocation", e.getMessage()));
        }
        audit.record(
                self.username(),
                "consent.revoke." + consent.getType().name(),
                participant.getId().toString(),
                null,
                AuditRecord.SUCCESS);
        return SignedConsent.of(consent);
    }

    /** The signed-in participant's consents, newest first. */
    @RolesAllowed(Role.Names.PARTICIPANT)
    public List<SignedConsent> mine(Actor self) {
        return views(of(ParticipantLookup.self(participants, self).getId()));
    }

    /**
     * One consent, for its printable view: the participant's own, or any staff may see (a
     * clinician: their caseload's).
     */
    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public SignedConsent one(UUID consentId, Actor actor) {
        Consent consent = consentId == null ? null : em.find(Consent.class, consentId);
        boolean staff = actor.hasAny(STAFF_READERS);
        boolean reaches =
                staff
                        ? Caseload.reaches(
                                em,
                                actor,
                                consent == null ? null : consent.getParticipantId(),
                                window.since())
                        : consent != null
                                && consent.getParticipantId()
                                        .equals(
                                                ParticipantLookup.self(participants, actor)
                                                        .getId());
        if (consent == null || !reaches) {
            throw new NotFound("There is no consent with that id.");
        }
        return SignedConsent.of(consent);
    }

    /**
     * A participant's consents, for staff; for a clinician only within their caseload (else not
     * found).
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<SignedConsent> ofParticipant(UUID participantId, Actor actor) {
        if (!actor.hasAny(STAFF_READERS)) {
            throw new Forbidden("Only staff may read a participant's consents.");
        }
        if (participantId == null || !Caseload.reaches(em, actor, participantId, window.since())) {
            throw new NotFound("There is no participant with that id.");
        }
        return views(of(ParticipantLookup.byId(participants, participantId).getId()));
    }

    /** Whether the participant has a consent of this kind in force now. */
    @RolesAllowed(Role.Names.PARTICIPANT)
    public boolean hasInForce(UUID participantId, ConsentType type) {
        return missing(participantId, List.of(type)).isEmpty();
    }

    /**
     * Which of these kinds the participant has no consent in force for now, in the order given; one
     * query.
     */
    @RolesAllowed(Role.Names.PARTICIPANT)
    public List<ConsentType> missing(UUID participantId, List<ConsentType> needed) {
        Participant p = participants.byId(participantId).orElse(null);
        if (p == null) {
            return needed;
        }
        Instant now = clock.instant();
        List<Consent> held = of(participantId);
        return needed.stream()
                .filter(
                        t ->
                                held.stream()
                                        .noneMatch(
                                                c ->
                                                        c.getType() == t
                                                                && c.inForceAt(
                                                                        now, p.getDischargedAt())))
                .toList();
    }

    private List<Consent> of(UUID participantId) {
        return em.createNamedQuery(Consent.OF_PARTICIPANT, Consent.class)
                .setParameter("participant", participantId)
                .getResultList();
    }

    private static List<SignedConsent> views(List<Consent> consents) {
        return consents.stream().map(SignedConsent::of).toList();
    }
}
