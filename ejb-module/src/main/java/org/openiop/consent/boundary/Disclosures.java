package org.openiop.consent.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.Actor;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.consent.entity.Consent;
import org.openiop.consent.entity.Disclosure;
import org.openiop.consent.entity.DisclosureEntry;
import org.openiop.consent.entity.DisclosurePurpose;
import org.openiop.consent.entity.Part2Notice;
import org.openiop.consent.entity.RecipientClass;
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
 * The disclosures ledger: every disclosure is recorded with the consent it relied on and the notice
 * that went with it, and a participant may have an accounting of the last three years (42 CFR
 * 2.25).
 */
@Stateless
public class Disclosures {

    /** 42 CFR 2.25(a): disclosures made with consent in the 3 years before the request. */
    public static final int ACCOUNTING_YEARS = 3;

    @Inject CaseloadWindow window;

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @EJB Participants participants;

    @EJB Consents consents;

    @EJB AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /**
     * Records a disclosure made now, after checking that a consent in force permits it.
     *
     * @throws RequestRefused (no-consent) when no consent permits it; nothing is recorded or sent
     *     then
     */
    @RolesAllowed({
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.PRIVACY_OFFICER,
        Role.Names.SYSTEM
    })
    public DisclosureEntry record(
            UUID participantId,
            String recipient,
            RecipientClass recipientClass,
            DisclosurePurpose purpose,
            String description,
            Actor actor) {
        if (!actor.hasAny(Role.PRIVACY_OFFICER, Role.PROGRAM_ADMIN, Role.INTAKE)
                && !Actor.SYSTEM.username().equals(actor.username())) {
            throw new Forbidden(
                    "Only the privacy officer, intake or a program admin may record a disclosure.");
        }
        Instant now = clock.instant();
        ParticipantLookup.byId(participants, participantId);
        if (!Actor.SYSTEM.username().equals(actor.username())
                && !Caseload.reaches(em, actor, participantId, window.since())) {
            throw new NotFound("There is no participant with that id.");
        }
        if (recipientClass == null || purpose == null) {
            throw new Invalid("Choose the recipient's class and the purpose.");
        }
        Consent consent =
                consents.permitting(participantId, recipientClass, purpose, now)
                        .orElseThrow(
                                () ->
                                        new RequestRefused(
                                                "no-consent",
                                                "No consent in force permits disclosing to "
                                                        + recipientClass
                                                                .name()
                                                                .toLowerCase()
                                                                .replace('_', ' ')
                                                        + " for "
                                                        + purpose.name()
                                                                .toLowerCase()
                                                                .replace('_', ' ')
                                                        + "; nothing was disclosed."));
        Disclosure disclosure;
        try {
            disclosure =
                    new Disclosure(
                            participantId,
                            recipient,
                            recipientClass,
                            now,
                            description,
                            purpose,
                            consent.getId(),
                            Part2Notice.DISCLOSURE,
                            actor.username());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Invalid(e.getMessage());
        }
        em.persist(disclosure);
        audit.record(
                actor.username(),
                "disclosure.record",
                participantId.toString(),
                purpose.name(),
                AuditRecord.SUCCESS);
        return DisclosureEntry.of(disclosure);
    }

    /** The accounting for the signed-in participant. */
    @RolesAllowed(Role.Names.PARTICIPANT)
    public List<DisclosureEntry> myAccounting(Actor self) {
        return accounting(ParticipantLookup.self(participants, self));
    }

    /**
     * The accounting for a participant, for the privacy officer or an auditor; the request is
     * audited.
     */
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.PRIVACY_OFFICER})
    public List<DisclosureEntry> accounting(UUID participantId, Actor actor) {
        if (!actor.hasAny(Role.PRIVACY_OFFICER, Role.AUDITOR)) {
            throw new Forbidden(
                    "Only the privacy officer or an auditor may see the accounting of"
                            + " disclosures.");
        }
        Participant p = ParticipantLookup.byId(participants, participantId);
        audit.record(
                actor.username(),
                "disclosure.accounting",
                participantId.toString(),
                null,
                AuditRecord.SUCCESS);
        return accounting(p);
    }

    private List<DisclosureEntry> accounting(Participant p) {
        Instant since =
                clock.instant().atZone(ZoneOffset.UTC).minusYears(ACCOUNTING_YEARS).toInstant();
        return em.createNamedQuery(Disclosure.OF_PARTICIPANT_SINCE, Disclosure.class)
                .setParameter("participant", p.getId())
                .setParameter("since", since)
                .getResultStream()
                .map(DisclosureEntry::of)
                .toList();
    }
}
