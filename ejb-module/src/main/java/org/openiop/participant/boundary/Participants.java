package org.openiop.participant.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openiop.account.control.KeycloakAccounts;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.Actor;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.identity.boundary.IdentityVault;
import org.openiop.identity.boundary.VaultAccessDenied;
import org.openiop.participant.control.PseudonymRules;
import org.openiop.participant.control.UsernameIds;
import org.openiop.participant.entity.ErasureReason;
import org.openiop.participant.entity.Participant;
import org.openiop.participant.entity.ParticipantPage;
import org.openiop.participant.entity.ParticipantQuery;
import org.openiop.participant.entity.ParticipantStatus;
import org.openiop.participant.entity.ParticipantView;
import org.openiop.platform.boundary.Conflict;
import org.openiop.platform.boundary.Forbidden;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.program.control.Caseload;
import org.openiop.program.control.CaseloadWindow;

/** The participants list, pseudonyms, discharge and erasure. */
@Stateless
public class Participants {

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @Inject UsernameIds usernameIds;

    @EJB IdentityVault vault;

    @EJB AuditTrail audit;

    @Inject KeycloakAccounts accounts;

    @Inject CaseloadWindow window;

    private final Clock clock = Clock.systemUTC();

    /**
     * A page of the list, filtered and sorted in the database so that it stays fast with 100,000
     * rows. A clinician's or program admin's list holds only whom they may see ({@link Caseload}).
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.PRIVACY_OFFICER
    })
    public ParticipantPage page(ParticipantQuery query, Actor actor) {
        return new ParticipantPage(rows(query, actor), count(query, actor));
    }

    /** How many participants the caller may see match the query's text and status. */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.PRIVACY_OFFICER
    })
    public long count(ParticipantQuery query, Actor actor) {
        return bind(
                        em.createQuery(
                                "select count(p) from Participant p" + where(query, actor),
                                Long.class),
                        query,
                        actor)
                .getSingleResult();
    }

    /** The rows of one page, in the query's order (ties broken by id, so pages never overlap). */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.PRIVACY_OFFICER
    })
    public List<ParticipantView> rows(ParticipantQuery query, Actor actor) {
        String order =
                " order by p."
                        + query.sortBy()
                        + (query.ascending() ? " asc" : " desc")
                        + ", p.id asc";
        return bind(
                        em.createQuery(
                                "select p from Participant p" + where(query, actor) + order,
                                Participant.class),
                        query,
                        actor)
                .setFirstResult(query.first())
                .setMaxResults(query.max())
                .getResultList()
                .stream()
                .map(ParticipantView::of)
                .toList();
    }

    /**
     * Active participants a group's runner may add: those they may see ({@link Caseload}) and those
     * with no current group (intake enrols, a facilitator or admin places).
     */
    @RolesAllowed({Role.Names.CLINICIAN, Role.Names.PROGRAM_ADMIN})
    public List<ParticipantView> placeable(String text, Actor actor) {
        ParticipantQuery query =
                new ParticipantQuery(text, ParticipantStatus.ACTIVE, "pseudonym", true, 0, 20);
        Optional<String> limit = Caseload.condition(actor, "p.id");
        String where = where(query, null);
        if (limit.isPresent()) {
            where += " and (" + limit.get() + " or " + Caseload.unplaced("p.id") + ")";
        }
        TypedQuery<Participant> q =
                bind(
                        em.createQuery(
                                "select p from Participant p"
                                        + where
                                        + " order by p.pseudonym, p.id",
                                Participant.class),
                        query,
                        null);
        if (limit.isPresent()) {
            Caseload.bindToday(
                    Caseload.bind(q, actor, window.since()), java.time.LocalDate.now(clock));
        }
        return q.setMaxResults(query.max()).getResultList().stream()
                .map(ParticipantView::of)
                .toList();
    }

    private static String where(ParticipantQuery query, Actor actor) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.status() != null) {
            where.append(" and p.status = :status");
        }
        if (query.text() != null) {
            where.append(
                    " and (lower(p.pseudonym) like :text escape '\\' or p.username like :text"
                            + " escape '\\')");
        }
        if (actor != null) {
            Caseload.condition(actor, "p.id")
                    .ifPresent(limit -> where.append(" and ").append(limit));
        }
        return where.toString();
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> q, ParticipantQuery query, Actor actor) {
        if (query.status() != null) {
            q.setParameter("status", query.status());
        }
        if (query.text() != null) {
            q.setParameter("text", "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (actor != null) {
            Caseload.bind(q, actor, window.since());
        }
        return q;
    }

    /**
     * One participant, when the caller may see them; empty otherwise, exactly as for an unknown id.
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.PRIVACY_OFFICER
    })
    public Optional<ParticipantView> find(UUID id, Actor actor) {
        if (id == null || !Caseload.reaches(em, actor, id, window.since())) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Participant.class, id)).map(ParticipantView::of);
    }

    /**
     * A participant by username: a participant finds only themselves; staff only someone they may
     * see ({@link Caseload}) or could {@link #placeable place}.
     */
    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public Optional<ParticipantView> byUsername(String username, Actor actor) {
        boolean staff = actor.hasAny(Role.STAFF.toArray(Role[]::new));
        if (username == null || !staff && !username.equals(actor.username())) {
            return Optional.empty();
        }
        Optional<Participant> found = participant(username);
        if (found.isPresent()
                && !Caseload.reaches(em, actor, found.get().getId(), window.since())
                && isPlaced(found.get().getId())) {
            return Optional.empty();
        }
        return found.map(ParticipantView::of);
    }

    private boolean isPlaced(UUID participantId) {
        return Caseload.isPlaced(em, participantId, java.time.LocalDate.now(clock));
    }

    /**
     * The signed-in participant, for the boundaries that serve them (joining, consents, incidents).
     * Found by the caller's own username only, so no one learns about anyone else through it; empty
     * for a caller who is not enrolled.
     */
    @RolesAllowed(Role.Names.PARTICIPANT)
    public Optional<Participant> self(Actor caller) {
        return participant(caller.username());
    }

    /**
     * Remembers a participant's last answers to the join questions, to pre-fill them next time: a
     * preference, not a record (the last answer wins, with no version check). Only the participant
     * themselves: for anyone else nothing changes.
     */
    @RolesAllowed(Role.Names.PARTICIPANT)
    public void rememberJoin(UUID participantId, String location, String camera, Actor caller) {
        em.createNamedQuery(Participant.REMEMBER_JOIN)
                .setParameter("location", location)
                .setParameter("camera", camera)
                .setParameter("id", participantId)
                .setParameter("username", caller.username())
                .executeUpdate();
    }

    /** The zone the participant chose for their times, or null. */
    @RolesAllowed(Role.Names.PARTICIPANT)
    public String timeZoneOf(UUID id) {
        Participant p = em.find(Participant.class, id);
        return p == null ? null : p.getTimeZone();
    }

    /**
     * The signed-in participant chooses the time zone their sessions are shown in.
     *
     * @throws RequestRefused (invalid) for an unknown zone
     */
    @RolesAllowed(Role.Names.PARTICIPANT)
    public void showTimesIn(Actor self, String zone) {
        Participant p =
                participant(self.username())
                        .orElseThrow(
                                () -> new Forbidden("Only an enrolled participant can do this."));
        try {
            p.showTimesIn(zone);
        } catch (java.time.DateTimeException e) {
            throw new Invalid("Unknown time zone.", java.util.Map.of("zone", "unknown"));
        }
    }

    /**
     * Whether this signed-in participant may still use OpenIOP. A discharged participant is refused
     * at once, whatever tokens or sessions they still hold. Accounts OpenIOP has no record of
     * (staff, for instance) are not judged here.
     */
    @RolesAllowed(Role.Names.PARTICIPANT)
    // Asked before every participant request, outside any transaction: one status read, with no
    // transaction of its own to begin and commit and no entity to load.
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean mayTakePart(String username) {
        return em
                .createNamedQuery(Participant.STATUS_BY_USERNAME, ParticipantStatus.class)
                .setParameter("username", username)
                .getResultList()
                .stream()
                .noneMatch(ParticipantStatus.DISCHARGED::equals);
    }

    /**
     * Sets the signed-in participant's pseudonym after the rules pass.
     *
     * @throws RequestRefused with code = the failed rule (FORM, RESERVED, CONTAINS_LEGAL_NAME,
     *     TAKEN)
     */
    @RolesAllowed(Role.Names.PARTICIPANT)
    public ParticipantView choosePseudonym(Actor self, String candidate) {
        Participant participant =
                participant(self.username())
                        .orElseThrow(
                                () -> new NotFound("There is no enrollment for this account."));
        if (!participant.mayTakePart()) {
            throw new Conflict("discharged", "This account has been discharged.");
        }
        String pseudonym = PseudonymRules.tidy(candidate);
        Optional<PseudonymRules.Refusal> refusal =
                PseudonymRules.check(
                        pseudonym, vault.legalNamesForCheck(participant.getId(), self));
        if (refusal.isPresent()) {
            audit.recordAttempt(
                    self.username(),
                    "participant.pseudonym",
                    participant.getId().toString(),
                    null,
                    AuditRecord.DENIED);
            throw new RequestRefused(refusal.get().rule().name(), refusal.get().message());
        }
        String key = PseudonymRules.key(pseudonym);
        if (takenByAnother(key, participant.getId())) {
            throw new RequestRefused(
                    PseudonymRules.Rule.TAKEN.name(), PseudonymRules.taken().message());
        }
        participant.choosePseudonym(pseudonym, key);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Two people chose the same pseudonym at the same moment; the unique key let one win.
            throw new RequestRefused(
                    PseudonymRules.Rule.TAKEN.name(), PseudonymRules.taken().message());
        }
        audit.record(
                self.username(),
                "participant.pseudonym",
                participant.getId().toString(),
                null,
                AuditRecord.SUCCESS);
        return ParticipantView.of(participant);
    }

    /**
     * Up to {@code count} random pseudonyms that pass every rule for this participant right now.
     */
    @RolesAllowed(Role.Names.PARTICIPANT)
    public List<String> suggestions(Actor self, int count) {
        Participant participant =
                participant(self.username())
                        .orElseThrow(
                                () -> new NotFound("There is no enrollment for this account."));
        List<String> names = vault.legalNamesForCheck(participant.getId(), self);
        Set<String> found = new LinkedHashSet<>();
        for (int tries = 0; found.size() < count && tries < count * 20; tries++) {
            String candidate = PseudonymRules.suggestion();
            if (PseudonymRules.check(candidate, names).isEmpty()
                    && !takenByAnother(PseudonymRules.key(candidate), participant.getId())) {
                found.add(candidate);
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * Disables the Keycloak account and ends its sessions, then marks the participant discharged.
     * Keycloak goes first: if it cannot be reached, nothing changes and the caller is told.
     */
    @RolesAllowed({Role.Names.INTAKE, Role.Names.PROGRAM_ADMIN})
    public ParticipantView discharge(UUID id, Actor actor) {
        if (!actor.hasAny(Role.INTAKE, Role.PROGRAM_ADMIN)) {
            audit.recordAttempt(
                    actor.username(),
                    "participant.discharge",
                    id.toString(),
                    null,
                    AuditRecord.DENIED);
            throw new VaultAccessDenied(
                    "Only intake staff or a program admin can discharge a participant.");
        }
        Participant participant = existing(id);
        if (participant.getStatus() == ParticipantStatus.DISCHARGED) {
            throw new Conflict("This participant was already discharged.");
        }
        accountId(participant).ifPresent(accounts::disable);
        participant.discharge(clock.instant());
        // Group memberships end here too once groups exist (issue 4); none are kept before then.
        audit.record(
                actor.username(),
                "participant.discharge",
                id.toString(),
                null,
                AuditRecord.SUCCESS);
        return ParticipantView.of(participant);
    }

    /**
     * Crypto-shreds the identity and deletes the Keycloak account. Pseudonymous records and the
     * audit trail stay (HIPAA 45 CFR 164.316(b)(2) retention), and the trail records who erased,
     * when and why.
     */
    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public ParticipantView erase(UUID id, ErasureReason reason, Actor actor) {
        if (!actor.has(Role.PRIVACY_OFFICER)) {
            audit.recordAttempt(
                    actor.username(), "participant.erase", id.toString(), null, AuditRecord.DENIED);
            throw new VaultAccessDenied(
                    "Only a privacy officer can erase a participant's identity.");
        }
        if (reason == null) {
            throw new Invalid("Choose why this identity is being erased.");
        }
        Participant participant = existing(id);
        if (participant.isErased()) {
            throw new Conflict("This participant's identity was already erased.");
        }
        accountId(participant).ifPresent(accounts::delete);
        vault.shred(id);
        participant.markErased(clock.instant());
        audit.record(
                actor.username(),
                "participant.erase",
                id.toString(),
                reason.name().toLowerCase(Locale.ROOT),
                AuditRecord.SUCCESS);
        return ParticipantView.of(participant);
    }

    /**
     * Accounts made before OpenIOP recorded Keycloak's id (the demo participants) are found by
     * username.
     */
    private Optional<String> accountId(Participant participant) {
        return participant.getKeycloakUserId() != null
                ? Optional.of(participant.getKeycloakUserId())
                : accounts.idOf(participant.getUsername());
    }

    private Participant existing(UUID id) {
        Participant participant = em.find(Participant.class, id);
        if (participant == null) {
            throw new NotFound("There is no participant with that id.");
        }
        return participant;
    }

    private Optional<Participant> participant(String username) {
        Optional<Participant> found =
                em
                        .createNamedQuery(Participant.BY_USERNAME, Participant.class)
                        .setParameter("username", username)
                        .getResultList()
                        .stream()
                        .findFirst();
        found.ifPresent(p -> usernameIds.remember(username, p.getId()));
        return found;
    }

    private boolean takenByAnother(String key, UUID self) {
        return em
                .createNamedQuery(Participant.BY_PSEUDONYM_KEY, Participant.class)
                .setParameter("key", key)
                .getResultList()
                .stream()
                .anyMatch(p -> !p.getId().equals(self));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Resource SessionContext ctx;

    /**
     * A participant by id, for the boundaries of the components that keep records about them
     * (consents, disclosures, agreements, eligibility, incidents), which used to read them
     * themselves and still decide, as before, whom the actor may reach. A participant (without a
     * staff role) finds only themselves; anyone else reads to them as unknown.
     */
    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER,
        Role.Names.SYSTEM
    })
    public Optional<Participant> byId(UUID id) {
        Participant p = id == null ? null : em.find(Participant.class, id);
        if (p == null) {
            return Optional.empty();
        }
        boolean onlyParticipant =
                ctx.isCallerInRole(Role.Names.PARTICIPANT)
                        && Role.STAFF.stream().noneMatch(r -> ctx.isCallerInRole(r.realmName()))
                        && !ctx.isCallerInRole(Role.Names.SYSTEM);
        if (onlyParticipant && !p.getUsername().equals(ctx.getCallerPrincipal().getName())) {
            return Optional.empty();
        }
        return Optional.of(p);
    }
}
