package org.openiop.incident.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.Actor;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.identity.boundary.ErasedIdentity;
import org.openiop.identity.boundary.IdentityVault;
import org.openiop.identity.boundary.VaultKeys;
import org.openiop.identity.control.VaultCipher;
import org.openiop.incident.entity.Incident;
import org.openiop.incident.entity.IncidentKind;
import org.openiop.incident.entity.IncidentSummary;
import org.openiop.incident.entity.ReporterRole;
import org.openiop.participant.boundary.Participants;
import org.openiop.platform.boundary.Forbidden;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.program.boundary.Groups;
import org.openiop.program.boundary.Sessions;
import org.openiop.program.control.Enrollees;
import org.openiop.program.control.ProgramScope;
import org.openiop.program.entity.GroupSession;

/**
 * Incidents: anyone reports one (participants from the portal, staff from the console, OpenIOP
 * itself when a vendor says recording started); the privacy officer records the date of discovery,
 * the four-factor risk assessment (45 CFR 164.402(2)) and whether it is a breach, and the notice
 * deadlines follow (45 CFR 164.404-408; 42 CFR 2.16 for Part 2 records). Free text is sealed with a
 * key derived from the vault's master key, since a report of exposed names may repeat them.
 */
@Stateless
public class Incidents {

    private static final Logger LOG = Logger.getLogger(Incidents.class.getName());
    static final String SEAL_PURPOSE = VaultKeys.INCIDENT_NOTES;

    /** What an erased participant's report reads as: their data key, which sealed it, is gone. */
    static final String ERASED = "(erased with the participant's identity)";

    static final int NOTES_MAX = 2000;

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @EJB VaultKeys keys;

    @EJB IdentityVault vault;

    @EJB AuditTrail audit;

    @EJB Participants participants;

    @EJB Sessions sessions;

    @EJB Groups groups;

    /** Who a reporting participant is, from the participant component. */
    @Inject Enrollees enrollees;

    Clock clock = Clock.systemUTC();

    /** The privacy officer's four factors and conclusions. */
    public record Assessment(
            LocalDate discovered,
            String nature,
            String recipient,
            String acquired,
            String mitigation,
            boolean breach,
            int affected,
            Map<String, Integer> residentsByState,
            boolean part2) {}

    /** What a report says, opened for the privacy officer. */
    public record Opened(String notes, Assessment assessment) {
        public String getNotes() {
            return notes;
        }
    }

    /**
     * A report from a participant (only about a session of a group they belong to, or none) or from
     * staff.
     *
     * @throws RequestRefused (invalid) for a missing kind or notes that are too long; (forbidden)
     *     for a participant naming someone else's session
     */
    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public IncidentSummary report(IncidentKind kind, UUID sessionId, String notes, Actor actor) {
        if (kind == null) {
            throw new Invalid("Choose what happened.", Map.of("kind", "required"));
        }
        String text = notes == null ? "" : notes.strip();
        if (text.length() > NOTES_MAX) {
            throw new Invalid(
                    "Describe it in at most " + NOTES_MAX + " characters.",
                    Map.of("notes", "too long"));
        }
        ReporterRole role =
                actor.has(Role.PARTICIPANT)
                                && !actor.hasAny(
                                        Role.CLINICIAN,
                                        Role.INTAKE,
                                        Role.PROGRAM_ADMIN,
                                        Role.PRIVACY_OFFICER)
                        ? ReporterRole.PARTICIPANT
                        : ReporterRole.STAFF;
        GroupSession session = null;
        if (sessionId != null) {
            session = sessions.find(sessionId, actor);
            if (role == ReporterRole.PARTICIPANT && !memberOf(actor, session)) {
                throw new Forbidden("You can report about your own group's sessions only.");
            }
        }
        Instant now = clock.instant();
        Incident incident =
                new Incident(
                        kind,
                        sessionId,
                        sessionId == null ? null : sessionId.toString(),
                        actor.username(),
                        role,
                        now,
                        LocalDate.ofInstant(now, ZoneOffset.UTC));
        if (!text.isEmpty()) {
            incident.attachNotes(seal(incident, text));
        }
        em.persist(incident);
        audit.record(
                actor.username(),
                "incident.report." + kind.name(),
                incident.getId().toString(),
                null,
                AuditRecord.SUCCESS);
        LOG.info(() -> "Incident reported: " + kind + " (" + role + ")");
        return IncidentSummary.of(incident);
    }

    /**
     * A vendor reported that recording started: one open incident per room, linked to the audit
     * event.
     */
    @RolesAllowed(Role.Names.SYSTEM)
    public IncidentSummary recordingStarted(UUID sessionId, String roomId, String pluginId) {
        List<Incident> open =
                em.createNamedQuery(Incident.BY_TARGET, Incident.class)
                        .setParameter("target", roomId)
                        .setParameter("kind", IncidentKind.RECORDING)
                        .getResultList();
        if (!open.isEmpty()) {
            return IncidentSummary.of(open.get(0));
        }
        Instant now = clock.instant();
        Incident incident =
                new Incident(
                        IncidentKind.RECORDING,
                        sessionId,
                        roomId,
                        "system",
                        ReporterRole.SYSTEM,
                        now,
                        LocalDate.ofInstant(now, ZoneOffset.UTC));
        incident.attachNotes(
                seal(
                        incident,
                        "The video vendor ("
                                + pluginId
                                + ") reported that recording started in this "
                                + "session's room."));
        em.persist(incident);
        audit.record(
                "system",
                "incident.report.RECORDING",
                incident.getId().toString(),
                pluginId,
                AuditRecord.SUCCESS);
        return IncidentSummary.of(incident);
    }

    /** The condition {@link #ofPrograms} adds for incidents not yet closed. */
    private static final String NOT_CLOSED =
            "i.status <> org.openiop.incident.entity.IncidentStatus.CLOSED and ";

    /**
     * Open and assessed incidents, newest first: for the privacy officer, auditors and program
     * admins, each program admin seeing only {@link #seesAll those of their programs}.
     */
    @RolesAllowed({Role.Names.PROGRAM_ADMIN, Role.Names.AUDITOR, Role.Names.PRIVACY_OFFICER})
    public List<IncidentSummary> unresolved(Actor actor) {
        requireOversight(actor);
        if (seesAll(actor)) {
            return summaries(em.createNamedQuery(Incident.OPEN, Incident.class).getResultList());
        }
        return summaries(ofPrograms(actor, NOT_CLOSED).getResultList());
    }

    @RolesAllowed({Role.Names.PROGRAM_ADMIN, Role.Names.AUDITOR, Role.Names.PRIVACY_OFFICER})
    public List<IncidentSummary> all(Actor actor) {
        requireOversight(actor);
        var query =
                seesAll(actor)
                        ? em.createNamedQuery(Incident.ALL, Incident.class)
                        : ofPrograms(actor, "");
        return summaries(query.setMaxResults(500).getResultList());
    }

    /**
     * The privacy officer and auditors oversee every incident, as does a program admin with global
     * scope; any other program admin sees only incidents about sessions of the programs they
     * administer (minimum necessary, 45 CFR 164.502(b)): not reports without a session, which may
     * be about anyone.
     */
    private static boolean seesAll(Actor actor) {
        return actor.hasAny(Role.PRIVACY_OFFICER, Role.AUDITOR)
                || ProgramScope.isGlobalAdmin(actor);
    }

    /**
     * Incidents about sessions of the programs the admin is assigned to: the sessions incidents are
     * about (few), then which of them are the admin's (asked of programs), then those incidents;
     * three queries whatever the number of sessions.
     */
    private jakarta.persistence.TypedQuery<Incident> ofPrograms(Actor actor, String condition) {
        Set<UUID> theirs =
                sessions.inProgramsRunBy(
                        em.createQuery(
                                        "select distinct i.sessionId from Incident i where "
                                                + condition
                                                + "i.sessionId is not null",
                                        UUID.class)
                                .getResultList(),
                        actor);
        return em.createQuery(
                        "select i from Incident i where "
                                + condition
                                + "i.sessionId in :sessions order by i.reportedAt desc",
                        Incident.class)
                .setParameter("sessions", theirs.isEmpty() ? Set.of(NO_SESSION) : theirs);
    }

    /** An id no session has, so that an empty list of sessions still makes valid SQL. */
    private static final UUID NO_SESSION = new UUID(0, 0);

    private boolean inScope(Incident incident, Actor actor) {
        if (seesAll(actor)) {
            return true;
        }
        return incident.getSessionId() != null
                && sessions.inProgramsRunBy(Set.of(incident.getSessionId()), actor)
                        .contains(incident.getSessionId());
    }

    /** A participant's own reports (what they said is not repeated back). */
    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<IncidentSummary> reportedBy(Actor self) {
        List<Incident> mine =
                em.createQuery(
                                "select i from Incident i where i.reportedBy = :me order by"
                                        + " i.reportedAt desc",
                                Incident.class)
                        .setParameter("me", self.username())
                        .setMaxResults(50)
                        .getResultList();
        return summaries(mine);
    }

    @RolesAllowed({Role.Names.PROGRAM_ADMIN, Role.Names.AUDITOR, Role.Names.PRIVACY_OFFICER})
    public IncidentSummary one(UUID id, Actor actor) {
        return IncidentSummary.of(find(id, actor));
    }

    /** The incident, when the caller oversees incidents and it is within their reach. */
    private Incident find(UUID id, Actor actor) {
        requireOversight(actor);
        Incident incident = id == null ? null : em.find(Incident.class, id);
        if (incident == null || !inScope(incident, actor)) {
            // Outside the admin's programs reads as absent: not even its existence is confirmed.
            throw new NotFound("There is no incident with that id.");
        }
        return incident;
    }

    /**
     * The report's notes and the assessment, opened for the privacy officer; the read is audited.
     */
    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public Opened open(UUID id, Actor actor) {
        if (!actor.has(Role.PRIVACY_OFFICER)) {
            throw new Forbidden("Only the privacy officer reads what an incident report says.");
        }
        Incident incident = find(id, actor);
        audit.record(
                actor.username(),
                "incident.read",
                incident.getId().toString(),
                null,
                AuditRecord.SUCCESS);
        String notes =
                incident.getSealedNotes() == null
                        ? ""
                        : unseal(incident, incident.getSealedNotes());
        Assessment assessment = null;
        if (incident.getSealedRisk() != null) {
            JsonObject risk =
                    Json.createReader(new StringReader(unseal(incident, incident.getSealedRisk())))
                            .readObject();
            assessment =
                    new Assessment(
                            incident.getDiscoveredOn(),
                            risk.getString("nature"),
                            risk.getString("recipient"),
                            risk.getString("acquired"),
                            risk.getString("mitigation"),
                            Boolean.TRUE.equals(incident.getBreach()),
                            incident.getAffected() == null ? 0 : incident.getAffected(),
                            incident.getResidentsByState(),
                            incident.isPart2());
        }
        return new Opened(notes, assessment);
    }

    /**
     * Records the privacy officer's assessment.
     *
     * @throws RequestRefused (invalid) naming what to fix; nothing is changed then
     */
    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public IncidentSummary assess(UUID id, Assessment a, Actor actor) {
        if (!actor.has(Role.PRIVACY_OFFICER)) {
            throw new Forbidden("Only the privacy officer assesses incidents.");
        }
        Incident incident = find(id, actor);
        if (a == null
                || blank(a.nature())
                || blank(a.recipient())
                || blank(a.acquired())
                || blank(a.mitigation())) {
            throw new Invalid(
                    "Record all four factors of the risk assessment (45 CFR 164.402(2)): the nature"
                        + " and extent of the information, who received it, whether it was actually"
                        + " acquired or viewed, and how far the risk was mitigated.",
                    Map.of("risk", "four factors"));
        }
        String risk =
                Json.createObjectBuilder()
                        .add("nature", a.nature().strip())
                        .add("recipient", a.recipient().strip())
                        .add("acquired", a.acquired().strip())
                        .add("mitigation", a.mitigation().strip())
                        .build()
                        .toString();
        try {
            // The assessment is the program's record (kept six years, 45 CFR 164.530(j)), not the
            // reporter's: it
            // stays under the incidents' purpose key, readable after the reporter is erased.
            incident.assess(
                    a.discovered(),
                    sealForIncidents(incident, risk),
                    a.breach(),
                    a.affected(),
                    a.residentsByState() == null ? Map.of() : a.residentsByState(),
                    a.part2(),
                    actor.username(),
                    clock.instant());
        } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
            throw new Invalid(e.getMessage(), Map.of("assessment", String.valueOf(e.getMessage())));
        }
        audit.record(
                actor.username(),
                a.breach() ? "incident.assess.breach" : "incident.assess.no-breach",
                incident.getId().toString(),
                null,
                AuditRecord.SUCCESS);
        return IncidentSummary.of(incident);
    }

    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public IncidentSummary close(UUID id, Actor actor) {
        if (!actor.has(Role.PRIVACY_OFFICER)) {
            throw new Forbidden("Only the privacy officer closes incidents.");
        }
        Incident incident = find(id, actor);
        try {
            incident.close(actor.username(), clock.instant());
        } catch (IllegalStateException e) {
            throw new Invalid(e.getMessage());
        }
        audit.record(
                actor.username(),
                "incident.close",
                incident.getId().toString(),
                null,
                AuditRecord.SUCCESS);
        return IncidentSummary.of(incident);
    }

    /**
     * The audit events linked to an incident: its own, and those about what it concerns (the room
     * or session).
     *
     * @throws RequestRefused (not-found) for an incident outside the caller's reach
     */
    @RolesAllowed({Role.Names.PROGRAM_ADMIN, Role.Names.AUDITOR, Role.Names.PRIVACY_OFFICER})
    public List<AuditRecord> events(UUID id, Actor actor) {
        Incident incident = find(id, actor);
        List<AuditRecord> out = new ArrayList<>(audit.about(incident.getId().toString(), 100));
        if (incident.getLinkedTarget() != null) {
            out.addAll(audit.about(incident.getLinkedTarget(), 100));
        }
        out.sort(Comparator.comparing(AuditRecord::occurredAt));
        return out;
    }

    /** Whether the reporting participant belongs to the session's group (on any day). */
    private boolean memberOf(Actor actor, GroupSession session) {
        return participants
                .self(actor)
                .map(p -> groups.isMember(p.getId(), session.getGroup().getId(), null, actor))
                .orElse(false);
    }

    private static void requireOversight(Actor actor) {
        if (!actor.hasAny(Role.PRIVACY_OFFICER, Role.AUDITOR, Role.PROGRAM_ADMIN)) {
            throw new Forbidden(
                    "Only the privacy officer, auditors and program admins see incidents.");
        }
    }

    /**
     * A participant's report is sealed under a key derived from their data key (erasing them makes
     * it unreadable); a report by staff or a vendor, which belongs to no one participant, under the
     * incidents' purpose key.
     */
    private String seal(Incident incident, String text) {
        UUID reporter = reportingParticipant(incident);
        if (reporter != null) {
            return vault.sealFor(
                    reporter,
                    SEAL_PURPOSE,
                    text.getBytes(StandardCharsets.UTF_8),
                    incident.getId().toString().getBytes(StandardCharsets.UTF_8));
        }
        return sealForIncidents(incident, text);
    }

    private String sealForIncidents(Incident incident, String text) {
        return Base64.getEncoder()
                .encodeToString(
                        VaultCipher.seal(
                                VaultCipher.key(keys.purposeKey(SEAL_PURPOSE)),
                                text.getBytes(StandardCharsets.UTF_8),
                                incident.getId().toString().getBytes(StandardCharsets.UTF_8)));
    }

    private String unseal(Incident incident, String sealed) {
        byte[] bound = incident.getId().toString().getBytes(StandardCharsets.UTF_8);
        if (IdentityVault.isSealedForParticipant(sealed)) {
            UUID reporter = reportingParticipant(incident);
            try {
                return new String(
                        vault.openFor(reporter, SEAL_PURPOSE, sealed, bound),
                        StandardCharsets.UTF_8);
            } catch (ErasedIdentity e) {
                return ERASED;
            }
        }
        return new String(
                VaultCipher.open(
                        VaultCipher.key(keys.purposeKey(SEAL_PURPOSE)),
                        Base64.getDecoder().decode(sealed),
                        bound),
                StandardCharsets.UTF_8);
    }

    /** The participant who reported it, or null for staff and vendor reports. */
    private UUID reportingParticipant(Incident incident) {
        if (incident.getReporterRole() != ReporterRole.PARTICIPANT) {
            return null;
        }
        return enrollees.idOf(incident.getReportedBy()).orElse(null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<IncidentSummary> summaries(List<Incident> incidents) {
        return incidents.stream().map(IncidentSummary::of).toList();
    }
}
