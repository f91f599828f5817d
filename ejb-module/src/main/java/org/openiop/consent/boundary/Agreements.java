package org.openiop.consent.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.Actor;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.consent.control.AgreementText;
import org.openiop.consent.control.Signers;
import org.openiop.consent.entity.AgreementSignature;
import org.openiop.consent.entity.AgreementVersion;
import org.openiop.consent.entity.PublishedAgreement;
import org.openiop.consent.entity.SignedAgreement;
import org.openiop.participant.boundary.Participants;
import org.openiop.participant.entity.Participant;
import org.openiop.platform.boundary.Forbidden;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.program.boundary.Memberships;
import org.openiop.program.boundary.Programs;
import org.openiop.program.control.Enrollees;
import org.openiop.program.control.Enrollees.Enrollee;
import org.openiop.program.control.GroupAccess;
import org.openiop.program.control.ProgramScope;
import org.openiop.program.entity.Member;
import org.openiop.program.entity.Membership;
import org.openiop.program.entity.Program;

/**
 * Confidentiality agreements: program admins publish versions; participants sign the current
 * version of each program they belong to, again whenever a new one is published.
 */
@Stateless
public class Agreements {

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @EJB Participants participants;

    @Inject ProgramScope scope;

    @EJB Programs programs;

    @EJB Memberships memberships;

    /** Pseudonyms of members, from the participant component. */
    @Inject Enrollees enrollees;

    @EJB AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** The current (latest) version of a program's agreement, if any was published. */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public Optional<PublishedAgreement> current(UUID programId) {
        return em
                .createNamedQuery(AgreementVersion.OF_PROGRAM, AgreementVersion.class)
                .setParameter("program", programId)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .map(PublishedAgreement::of);
    }

    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<PublishedAgreement> versions(UUID programId) {
        return em.createNamedQuery(AgreementVersion.OF_PROGRAM, AgreementVersion.class)
                .setParameter("program", programId)
                .getResultStream()
                .map(PublishedAgreement::of)
                .toList();
    }

    /** The version's text as safe HTML. */
    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public String html(PublishedAgreement version) {
        return AgreementText.html(version.body());
    }

    /**
     * Publishes a new version; from now on participants must sign it before their next session.
     *
     * @throws RequestRefused (invalid) for an empty or too long text, or one published before
     */
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public PublishedAgreement publish(UUID programId, String markdown, Actor actor) {
        Program program = programs.find(programId);
        scope.requireAdminOf(em, actor, program.getId());
        if (markdown == null || markdown.isBlank()) {
            throw new Invalid("Write the agreement's text.", Map.of("text", "empty"));
        }
        String text = AgreementText.normalise(markdown);
        if (text.length() > AgreementVersion.MAX_LENGTH) {
            throw new Invalid(
                    "An agreement has at most " + AgreementVersion.MAX_LENGTH + " characters.",
                    Map.of("text", "too long"));
        }
        String sha = AgreementText.sha256(text);
        if (versions(programId).stream().anyMatch(v -> v.sha256().equals(sha))) {
            throw new Invalid(
                    "This exact text was already published; change it to publish a new version.",
                    Map.of("text", "unchanged"));
        }
        AgreementVersion version =
                new AgreementVersion(programId, text, sha, clock.instant(), actor.username());
        em.persist(version);
        audit.record(
                actor.username(),
                "agreement.publish",
                programId.toString(),
                null,
                AuditRecord.SUCCESS);
        return PublishedAgreement.of(version);
    }

    /**
     * The signed-in participant signs a version: it must be the program's current one, the box
     * ticked, and their own pseudonym typed.
     *
     * @throws RequestRefused (invalid) naming what to fix; nothing is saved then
     */
    @RolesAllowed(Role.Names.PARTICIPANT)
    public SignedAgreement sign(
            Actor self, UUID programId, String sha256, boolean agreed, String typedPseudonym) {
        Participant participant = ParticipantLookup.self(participants, self);
        // A program of theirs exists: no need to look it up first.
        if (programId == null
                || ParticipantLookup.programsOf(
                                memberships, participant.getId(), LocalDate.now(clock), self)
                        .stream()
                        .noneMatch(p -> p.getId().equals(programId))) {
            throw new NotFound("You have no agreement to sign for that program.");
        }
        PublishedAgreement current =
                current(programId)
                        .orElseThrow(
                                () -> new NotFound("This program has no agreement to sign yet."));
        if (!current.sha256().equals(sha256)) {
            throw new Invalid(
                    "A newer version of the agreement was published; read it and sign that one.",
                    Map.of("version", "not current"));
        }
        if (!agreed) {
            throw new Invalid("Tick the box to say you agree.", Map.of("agree", "required"));
        }
        String signature = Signers.requireOwnPseudonym(participant, typedPseudonym);
        Optional<AgreementSignature> already =
                signatures(participant.getId()).stream()
                        .filter(
                                s ->
                                        s.getProgramId().equals(programId)
                                                && s.getVersionSha256().equals(sha256))
                        .findFirst();
        if (already.isPresent()) {
            return SignedAgreement.of(already.get());
        }
        AgreementSignature signed =
                new AgreementSignature(
                        participant.getId(), programId, sha256, signature, clock.instant());
        em.persist(signed);
        audit.record(
                self.username(),
                "agreement.sign",
                participant.getId().toString(),
                null,
                AuditRecord.SUCCESS);
        return SignedAgreement.of(signed);
    }

    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<AgreementSignature> signatures(UUID participantId) {
        return em.createNamedQuery(AgreementSignature.OF_PARTICIPANT, AgreementSignature.class)
                .setParameter("participant", participantId)
                .getResultList();
    }

    /**
     * Whether the participant signed the program's current version (true when none is published).
     */
    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public boolean signedCurrent(UUID participantId, UUID programId) {
        return unsigned(participantId, programId).isEmpty();
    }

    /**
     * The program's current version when the participant has not signed it yet; empty when signed
     * or none is published.
     */
    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public Optional<PublishedAgreement> unsigned(UUID participantId, UUID programId) {
        return current(programId)
                .filter(
                        v ->
                                signatures(participantId).stream()
                                        .noneMatch(
                                                s ->
                                                        s.getProgramId().equals(programId)
                                                                && s.getVersionSha256()
                                                                        .equals(v.sha256())));
    }

    /** The current versions the signed-in participant still has to sign, one per program. */
    @RolesAllowed(Role.Names.PARTICIPANT)
    public List<PublishedAgreement> toSign(Actor self) {
        Participant participant = ParticipantLookup.self(participants, self);
        List<PublishedAgreement> out = new ArrayList<>();
        for (Program program :
                ParticipantLookup.programsOf(
                        memberships, participant.getId(), LocalDate.now(clock), self)) {
            current(program.getId())
                    .filter(v -> !signedCurrent(participant.getId(), program.getId()))
                    .ifPresent(out::add);
        }
        return out;
    }

    /**
     * Members (today or later) of the program's groups who have not signed its current version, by
     * pseudonym.
     */
    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<Member> unsigned(UUID programId, Actor actor) {
        if (!actor.hasAny(
                Role.PROGRAM_ADMIN,
                Role.CLINICIAN,
                Role.PRIVACY_OFFICER,
                Role.AUDITOR,
                Role.INTAKE)) {
            throw new Forbidden("Only staff may see who has signed.");
        }
        Optional<PublishedAgreement> current = current(programId);
        if (current.isEmpty()) {
            return List.of();
        }
        Set<UUID> signed =
                new HashSet<>(
                        em.createNamedQuery(AgreementSignature.OF_PROGRAM_VERSION, UUID.class)
                                .setParameter("program", programId)
                                .setParameter("sha256", current.get().sha256())
                                .getResultList());
        Program program = programs.find(programId);
        LocalDate today = LocalDate.now(clock.withZone(program.zone()));
        List<Member> out = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<Membership> members =
                memberships.ofProgram(programId, today, LocalDate.of(9999, 12, 31));
        // One query for everyone's pseudonym, not one per member.
        Map<UUID, Enrollee> people =
                enrollees.byIds(members.stream().map(Membership::getParticipantId).toList());
        for (Membership m : members) {
            if (!signed.contains(m.getParticipantId())
                    && seen.add(m.getParticipantId())
                    && (actor.hasAny(
                                    Role.PROGRAM_ADMIN,
                                    Role.PRIVACY_OFFICER,
                                    Role.AUDITOR,
                                    Role.INTAKE)
                            || GroupAccess.mayRun(em, m.getGroup(), actor))) {
                Enrollee p = people.get(m.getParticipantId());
                out.add(
                        new Member(
                                m.getId(),
                                m.getParticipantId(),
                                p.pseudonym(),
                                m.getStartsOn(),
                                m.getEndsOn(),
                                !p.mayTakePart()));
            }
        }
        out.sort(
                (a, b) ->
                        String.valueOf(a.pseudonym())
                                .compareToIgnoreCase(String.valueOf(b.pseudonym())));
        return out;
    }
}
