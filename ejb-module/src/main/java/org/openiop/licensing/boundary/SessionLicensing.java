package org.openiop.licensing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.Actor;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.licensing.control.DecisionJson;
import org.openiop.licensing.entity.CredentialView;
import org.openiop.licensing.entity.DecisionComposer;
import org.openiop.licensing.entity.RecordedDecision;
import org.openiop.licensing.entity.RecordedDecisionView;
import org.openiop.platform.boundary.Forbidden;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.entity.UsJurisdictions;
import org.openiop.plugin.spi.Credential;
import org.openiop.plugin.spi.LicensingDecision;
import org.openiop.plugin.spi.LicensingQuery;
import org.openiop.plugin.spi.Modality;
import org.openiop.plugin.spi.Profession;
import org.openiop.plugin.spi.Verdict;
import org.openiop.program.boundary.Groups;
import org.openiop.program.boundary.Programs;
import org.openiop.program.boundary.Sessions;
import org.openiop.program.control.GroupAccess;
import org.openiop.program.entity.GroupSession;
import org.openiop.program.entity.Program;

/**
 * Licensing for real sessions and programs: the decision for each facilitator of a session, for
 * where the participant is, stored with its inputs; and a clinicians × states matrix per program.
 * Decisions use the clinicians' recorded credentials and the program's licensing plugins.
 */
@Stateless
public class SessionLicensing {

    /**
     * Best first: the order in which one clinician's answers under several professions are
     * preferred.
     */
    private static final List<Verdict> PREFERENCE =
            List.of(Verdict.ALLOW, Verdict.REVIEW, Verdict.ABSTAIN, Verdict.DENY);

    /** The width of the outcome column. */
    static final int RECORD_MAX = 8000;

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @EJB LicensingDecisions decisions;

    @EJB Sessions sessions;

    @EJB Programs programs;

    @EJB Groups groups;

    @EJB ClinicianCredentials credentials;

    @EJB AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** One clinician's composed answer, with the query it answered. */
    public record Answer(
            String clinician, LicensingQuery query, DecisionComposer.Composed composed) {

        public Verdict verdict() {
            return composed.decision().verdict();
        }

        public String getClinician() {
            return clinician;
        }

        public LicensingDecision getDecision() {
            return composed.decision();
        }
    }

    /**
     * The answer for one clinician: under each profession their credentials show, the best verdict
     * wins; with no credentials recorded, REVIEW saying so (unknown is never allow).
     */
    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public Answer answer(
            String clinician,
            String jurisdiction,
            Modality modality,
            LocalDate date,
            Program program) {
        List<CredentialView> held = credentials.of(clinician);
        List<Credential> asSpi = held.stream().map(CredentialView::toCredential).toList();
        Set<Profession> professions = new TreeSet<>();
        held.forEach(c -> professions.add(c.profession()));
        if (professions.isEmpty()) {
            LicensingQuery q =
                    new LicensingQuery(
                            clinician,
                            Profession.COUNSELOR,
                            List.of(),
                            jurisdiction,
                            modality,
                            date);
            String why =
                    "No licenses, privileges or registrations are recorded for " + clinician + ".";
            return new Answer(
                    clinician,
                    q,
                    new DecisionComposer.Composed(
                            new LicensingDecision(
                                    Verdict.REVIEW, List.of(why), List.of(), List.of(), List.of()),
                            Map.of()));
        }
        List<Answer> answers = new ArrayList<>();
        for (Profession p : professions) {
            LicensingQuery q =
                    new LicensingQuery(clinician, p, asSpi, jurisdiction, modality, date);
            answers.add(new Answer(clinician, q, decisions.decide(q, program)));
        }
        return answers.stream()
                .min(Comparator.comparingInt(a -> PREFERENCE.indexOf(a.verdict())))
                .orElseThrow();
    }

    /**
     * Decides, for each facilitator of the session, whether they may serve someone in that
     * jurisdiction by that modality on the session's day, and stores every decision with its
     * inputs.
     *
     * @throws RequestRefused (invalid) for an unknown jurisdiction; (forbidden) unless the actor
     *     runs the group
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<Answer> decideForSession(
            UUID sessionId, String jurisdiction, Modality modality, Actor actor) {
        GroupSession session = sessions.find(sessionId, actor);
        if (!Actor.SYSTEM.username().equals(actor.username())) {
            GroupAccess.requireRun(em, session.getGroup(), actor);
        }
        if (!UsJurisdictions.isCode(jurisdiction)) {
            throw new Invalid(
                    "Say where the participant is: a US state or territory code such as IL.",
                    Map.of("jurisdiction", "state code"));
        }
        if (modality == null) {
            throw new Invalid(
                    "Choose the modality: VIDEO, AUDIO_ONLY or PHONE.",
                    Map.of("modality", "required"));
        }
        List<Answer> out = answersFor(session, jurisdiction.toUpperCase(Locale.ROOT), modality);
        store(session, out, null, actor.username());
        return out;
    }

    /**
     * The answer for each facilitator of the session, for where the participant is (not stored).
     */
    @RolesAllowed(Role.Names.PARTICIPANT)
    public List<Answer> answersFor(GroupSession session, String where, Modality modality) {
        LocalDate day = session.localDay();
        List<Answer> out = new ArrayList<>();
        for (String clinician : new TreeSet<>(session.getGroup().getFacilitators())) {
            out.add(answer(clinician, where, modality, day, session.getGroup().getProgram()));
        }
        return out;
    }

    /**
     * Stores the answers used for a session with their inputs, and audits each; a join's answers
     * are linked to the join attempt (null for a decision staff asked for).
     */
    @RolesAllowed({Role.Names.PARTICIPANT, Role.Names.CLINICIAN, Role.Names.PROGRAM_ADMIN})
    public void store(
            GroupSession session, List<Answer> answers, UUID joinAttemptId, String actor) {
        for (Answer a : answers) {
            RecordedDecision recorded =
                    new RecordedDecision(
                            session.getId(),
                            a.clinician(),
                            a.query().participantJurisdiction(),
                            a.query().modality(),
                            a.query().date(),
                            a.verdict(),
                            DecisionJson.inputs(a.query()),
                            DecisionJson.outcome(a.composed(), RECORD_MAX),
                            clock.instant(),
                            actor);
            recorded.madeForJoin(joinAttemptId);
            em.persist(recorded);
            audit.record(
                    actor,
                    "licensing.decide." + a.verdict().name(),
                    session.getId().toString(),
                    null,
                    AuditRecord.SUCCESS);
        }
    }

    /** The decisions stored for one join attempt, by clinician. */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<RecordedDecisionView> ofAttempt(UUID attemptId) {
        return em.createNamedQuery(RecordedDecision.OF_ATTEMPT, RecordedDecision.class)
                .setParameter("attempt", attemptId)
                .getResultStream()
                .map(RecordedDecisionView::of)
                .toList();
    }

    /** The decisions stored for a session, newest first. */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<RecordedDecisionView> ofSession(UUID sessionId, Actor actor) {
        GroupSession session = sessions.find(sessionId, actor);
        GroupAccess.requireSee(em, session.getGroup(), actor);
        return em.createNamedQuery(RecordedDecision.OF_SESSION, RecordedDecision.class)
                .setParameter("session", sessionId)
                .getResultStream()
                .map(RecordedDecisionView::of)
                .toList();
    }

    /**
     * Clinicians × states: every facilitator of the program's groups against every state it
     * operates in.
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public Map<String, Map<String, Answer>> matrix(
            UUID programId, Modality modality, LocalDate date, Actor actor) {
        if (!actor.hasAny(Role.PROGRAM_ADMIN, Role.CLINICIAN, Role.PRIVACY_OFFICER, Role.AUDITOR)) {
            throw new Forbidden("Only staff may see the licensing matrix.");
        }
        Program program = programs.find(programId);
        Set<String> clinicians = new TreeSet<>();
        groups.ofProgram(programId).forEach(g -> clinicians.addAll(g.getFacilitators()));
        Map<String, Map<String, Answer>> out = new LinkedHashMap<>();
        for (String clinician : clinicians) {
            Map<String, Answer> row = new LinkedHashMap<>();
            for (String state : new TreeSet<>(program.getStates())) {
                row.put(state, answer(clinician, state, modality, date, program));
            }
            out.put(clinician, row);
        }
        return out;
    }

    /**
     * The obligations of the licensing decisions made for each join attempt of a session, by
     * attempt id (each decision's texts in order, newest decision first), for attendance's roster.
     *
     * @throws RequestRefused (not-found) for an unknown session or one the caller may not see
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public Map<UUID, List<String>> obligationsOfJoins(UUID sessionId, Actor actor) {
        GroupSession session = sessions.find(sessionId, actor);
        GroupAccess.requireSee(em, session.getGroup(), actor);
        Map<UUID, List<String>> out = new LinkedHashMap<>();
        em
                .createNamedQuery(RecordedDecision.OF_SESSION, RecordedDecision.class)
                .setParameter("session", sessionId)
                .getResultList()
                .stream()
                .filter(d -> d.getJoinAttemptId() != null)
                .forEach(
                        d ->
                                out.computeIfAbsent(d.getJoinAttemptId(), k -> new ArrayList<>())
                                        .addAll(DecisionJson.obligationTexts(d.getOutcome())));
        return out;
    }
}
