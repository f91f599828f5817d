package org.openiop.program.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.Actor;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.program.control.Enrollees;
import org.openiop.program.control.GroupAccess;
import org.openiop.program.control.ProgramScope;
import org.openiop.program.control.SessionRecords;
import org.openiop.program.entity.GroupSession;
import org.openiop.program.entity.Membership;
import org.openiop.program.entity.SessionStatus;
import org.openiop.program.entity.SessionSummary;
import org.openiop.program.entity.TherapyGroup;
import org.openiop.program.entity.WeeklySchedule;

/**
 * Sessions: generated from groups' schedules some weeks ahead, added one at a time, moved or
 * cancelled; and the calendars that show them.
 */
@Stateless
public class Sessions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @EJB AuditTrail audit;

    /** Attendance and licensing, which keep records of sessions. */
    @Inject @Any Instance<SessionRecords> records;

    /** Who a participant caller is, from the participant component. */
    @Inject Enrollees enrollees;

    @Inject
    @ConfigProperty(name = "openiop.sessions.horizon-weeks", defaultValue = "12")
    int horizonWeeks;

    Clock clock = Clock.systemUTC();

    /**
     * @throws RequestRefused (not-found) for an unknown id
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public GroupSession find(UUID id) {
        GroupSession session = id == null ? null : em.find(GroupSession.class, id);
        if (session == null) {
            throw new NotFound("There is no session with that id.");
        }
        return session;
    }

    /**
     * A session by id for a boundary whose own gate answers a caller out of reach, more helpfully
     * than "not found" would: the join gates tell a participant who is not on the group's list so,
     * with nothing about the session, and the facilitator's link refuses anyone who does not run
     * the group. Those boundaries must apply that gate before they act on the session.
     *
     * @throws RequestRefused (not-found) for an unknown id
     */
    @RolesAllowed({Role.Names.PARTICIPANT, Role.Names.CLINICIAN, Role.Names.PROGRAM_ADMIN})
    public GroupSession findToGate(UUID id, Actor caller) {
        Objects.requireNonNull(caller, "caller");
        return find(id);
    }

    /**
     * A session by id, for the boundaries of other components that act on one: joining and
     * reporting (a participant), licensing decisions, attendance. Only a session within the
     * caller's reach: a participant's own groups' (a member on any day; whether they may join on
     * the session's day the join gates decide, with their own message), a group staff may see
     * ({@link GroupAccess#maySee}), and any for {@link Actor#SYSTEM}, which timers and schedulers
     * act as (their own {@code @RolesAllowed} keeps everyone else out). What the caller may then do
     * with it those boundaries still decide: licensing whether the caller runs the group.
     *
     * @throws RequestRefused (not-found) for an unknown id or one out of the caller's reach, so
     *     that a refusal does not confirm another group's session exists
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
    public GroupSession find(UUID id, Actor caller) {
        Objects.requireNonNull(caller, "caller");
        GroupSession session = find(id);
        if (!reaches(session, caller)) {
            throw new NotFound("There is no session with that id.");
        }
        return session;
    }

    private boolean reaches(GroupSession session, Actor caller) {
        if (Actor.SYSTEM.equals(caller)) {
            return true;
        }
        TherapyGroup group = session.getGroup();
        if (caller.hasAny(Role.STAFF.toArray(Role[]::new))
                && GroupAccess.maySee(em, group, caller)) {
            return true;
        }
        return caller.has(Role.PARTICIPANT)
                && enrollees
                        .idOf(caller.username())
                        .map(me -> memberOnAnyDay(me, group.getId()))
                        .orElse(false);
    }

    private boolean memberOnAnyDay(UUID participantId, UUID groupId) {
        return em.createQuery(
                                "select count(m) from Membership m where m.participantId ="
                                        + " :participant and m.group.id = :group",
                                Long.class)
                        .setParameter("participant", participantId)
                        .setParameter("group", groupId)
                        .getSingleResult()
                > 0;
    }

    /**
     * A session the actor may see (their group's, or any for program staff); to a clinician another
     * group's session reads as unknown.
     *
     * @throws RequestRefused (not-found) for an unknown id or one out of reach
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public GroupSession visible(UUID id, Actor actor) {
        GroupSession session = find(id);
        GroupAccess.requireSee(em, session.getGroup(), actor);
        return session;
    }

    /**
     * {@link #visible(UUID, Actor)} as a summary, for pages and REST views.
     *
     * @throws RequestRefused (not-found) for an unknown id or one out of reach
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public SessionSummary visibleSummary(UUID id, Actor actor) {
        return SessionSummary.of(visible(id, actor));
    }

    /** A group's sessions that overlap the window, by start. */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<GroupSession> ofGroup(UUID group, Instant from, Instant to) {
        return em.createNamedQuery(GroupSession.OF_GROUP_BETWEEN, GroupSession.class)
                .setParameter("group", group)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /**
     * A group's sessions that overlap the window, by start, as summaries for pages and REST views;
     * for staff who may see the group.
     *
     * @throws RequestRefused (not-found) for an unknown group or one out of reach
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<SessionSummary> summariesOfGroup(
            UUID groupId, Instant from, Instant to, Actor actor) {
        TherapyGroup group = groupId == null ? null : em.find(TherapyGroup.class, groupId);
        if (group == null) {
            throw new NotFound("There is no group with that id.");
        }
        GroupAccess.requireSee(em, group, actor);
        return ofGroup(group.getId(), from, to).stream().map(SessionSummary::of).toList();
    }

    /** {@link #calendar(Actor, Instant, Instant)} as summaries, for pages and REST views. */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<SessionSummary> calendarSummaries(Actor actor, Instant from, Instant to) {
        return calendar(actor, from, to).stream().map(SessionSummary::of).toList();
    }

    /**
     * The calendar an actor sees: every group's for auditors, their programs' for program admins,
     * their own for clinicians.
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<GroupSession> calendar(Actor actor, Instant from, Instant to) {
        if (actor.hasAny(Role.PROGRAM_ADMIN, Role.AUDITOR, Role.PRIVACY_OFFICER)) {
            List<GroupSession> all =
                    em.createQuery(
                                    "select s from GroupSession s where s.startsAt < :to and"
                                            + " s.endsAt > :from order by s.startsAt",
                                    GroupSession.class)
                            .setParameter("from", from)
                            .setParameter("to", to)
                            .getResultList();
            // A program admin without global scope sees the programs they run (and any group they
            // facilitate).
            if (actor.hasAny(Role.AUDITOR, Role.PRIVACY_OFFICER)
                    || ProgramScope.isGlobalAdmin(actor)) {
                return all;
            }
            var runnable = GroupAccess.runnable(em, actor);
            return all.stream().filter(s -> runnable.test(s.getGroup())).toList();
        }
        return em.createNamedQuery(GroupSession.OF_CLINICIAN_BETWEEN, GroupSession.class)
                .setParameter("clinician", actor.username())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /**
     * A participant's sessions in the window: those of groups they belong to on the session's day,
     * cancelled ones included (so the portal can say so), by start.
     */
    @RolesAllowed(Role.Names.PARTICIPANT)
    public List<GroupSession> ofParticipant(UUID participantId, Instant from, Instant to) {
        List<Membership> memberships =
                em.createNamedQuery(Membership.OF_PARTICIPANT, Membership.class)
                        .setParameter("participant", participantId)
                        .getResultList();
        if (memberships.isEmpty()) {
            return List.of();
        }
        Set<UUID> groups = new HashSet<>();
        memberships.forEach(m -> groups.add(m.getGroup().getId()));
        return em
                .createNamedQuery(GroupSession.OF_GROUPS_BETWEEN, GroupSession.class)
                .setParameter("groups", groups)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .filter(
                        s ->
                                memberships.stream()
                                        .anyMatch(
                                                m ->
                                                        m.getGroup()
                                                                        .getId()
                                                                        .equals(
                                                                                s.getGroup()
                                                                                        .getId())
                                                                && m.activeOn(s.localDay())))
                .toList();
    }

    /**
     * {@link #ofParticipant(UUID, Instant, Instant)} as summaries, for the portal's pages: the
     * group's and program's names come with them, the roster does not.
     */
    @RolesAllowed(Role.Names.PARTICIPANT)
    public List<SessionSummary> ofParticipantSummaries(
            UUID participantId, Instant from, Instant to) {
        return ofParticipant(participantId, from, to).stream().map(SessionSummary::of).toList();
    }

    /**
     * Creates the sessions the group's schedule asks for from today (or the schedule's start) for
     * the configured number of weeks, skipping days that already have one. Idempotent.
     */
    @RolesAllowed({Role.Names.PROGRAM_ADMIN, Role.Names.SYSTEM})
    public Scheduled generate(TherapyGroup group) {
        WeeklySchedule schedule = group.getSchedule();
        if (schedule == null) {
            return new Scheduled(group, List.of(), List.of());
        }
        var program = group.getProgram();
        LocalDate today = LocalDate.now(clock.withZone(program.zone()));
        LocalDate last = today.plusWeeks(horizonWeeks);
        if (program.getEndsOn() != null && program.getEndsOn().isBefore(last)) {
            last = program.getEndsOn();
        }
        LocalDate first = program.getStartsOn().isAfter(today) ? program.getStartsOn() : today;
        Set<LocalDate> taken =
                new HashSet<>(
                        em.createQuery(
                                        "select s.scheduledDay from GroupSession s where s.group.id"
                                                + " = :group and s.scheduledDay between :first and"
                                                + " :last",
                                        LocalDate.class)
                                .setParameter("group", group.getId())
                                .setParameter("first", first)
                                .setParameter("last", last)
                                .getResultList());
        List<GroupSession> made = new ArrayList<>();
        for (WeeklySchedule.Occurrence o : schedule.occurrences(program.zone(), first, last)) {
            if (!taken.contains(o.day())) {
                GroupSession s = GroupSession.scheduled(group, o);
                em.persist(s);
                made.add(s);
            }
        }
        return new Scheduled(group, made, doubleBookings(group, made));
    }

    /**
     * After a schedule change: drops future generated sessions that nobody moved and nobody
     * attended, then generates again. Sessions with attendance or licensing decisions, and moved or
     * cancelled ones, stay.
     */
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public Scheduled regenerate(TherapyGroup group) {
        List<GroupSession> future =
                em.createNamedQuery(GroupSession.GENERATED_AFTER, GroupSession.class)
                        .setParameter("group", group.getId())
                        .setParameter("after", clock.instant())
                        .getResultList();
        for (GroupSession s : future) {
            if (!s.isMoved() && s.getStatus() == SessionStatus.SCHEDULED && !keptElsewhere(s)) {
                em.remove(s);
            }
        }
        em.flush();
        return generate(group);
    }

    /** Keeps every scheduled group's calendar filled for the horizon (run daily). */
    @RolesAllowed(Role.Names.SYSTEM)
    public int extendAll() {
        int made = 0;
        for (TherapyGroup g :
                em.createNamedQuery(TherapyGroup.ALL, TherapyGroup.class).getResultList()) {
            made += generate(g).sessions().size();
        }
        return made;
    }

    /**
     * @throws RequestRefused (invalid) when the session ends before it starts, or (forbidden)
     */
    @RolesAllowed({Role.Names.CLINICIAN, Role.Names.PROGRAM_ADMIN})
    public Scheduled add(UUID groupId, Instant startsAt, Instant endsAt, Actor actor) {
        TherapyGroup group = em.find(TherapyGroup.class, groupId);
        if (group == null) {
            throw new NotFound("There is no group with that id.");
        }
        GroupAccess.requireRun(em, group, actor);
        GroupSession session;
        try {
            session = new GroupSession(group, startsAt, endsAt);
        } catch (IllegalArgumentException e) {
            throw new Invalid(e.getMessage(), Map.of("endsAt", e.getMessage()));
        }
        em.persist(session);
        audit.record(
                actor.username(),
                "session.add",
                session.getId().toString(),
                null,
                AuditRecord.SUCCESS);
        return new Scheduled(group, List.of(session), doubleBookings(group, List.of(session)));
    }

    /**
     * @throws RequestRefused (invalid) for impossible times or a session that cannot move any more
     */
    @RolesAllowed({Role.Names.CLINICIAN, Role.Names.PROGRAM_ADMIN})
    public Scheduled move(UUID id, Instant startsAt, Instant endsAt, Actor actor) {
        GroupSession session = find(id);
        GroupAccess.requireRun(em, session.getGroup(), actor);
        try {
            session.move(startsAt, endsAt);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new Invalid(e.getMessage(), Map.of("endsAt", e.getMessage()));
        }
        audit.record(
                actor.username(),
                "session.move",
                session.getId().toString(),
                null,
                AuditRecord.SUCCESS);
        return new Scheduled(
                session.getGroup(),
                List.of(session),
                doubleBookings(session.getGroup(), List.of(session)));
    }

    /**
     * @throws RequestRefused (invalid) without a reason or for a session already over
     */
    @RolesAllowed({Role.Names.CLINICIAN, Role.Names.PROGRAM_ADMIN})
    public GroupSession cancel(UUID id, String reason, Actor actor) {
        GroupSession session = find(id);
        GroupAccess.requireRun(em, session.getGroup(), actor);
        try {
            session.cancel(reason);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new Invalid(e.getMessage(), Map.of("reason", e.getMessage()));
        }
        audit.record(
                actor.username(),
                "session.cancel",
                session.getId().toString(),
                null,
                AuditRecord.SUCCESS);
        return session;
    }

    /**
     * Whether another component keeps records of the session (attendance, licensing decisions).
     * Without anyone to ask, every session counts as kept: a missing answer must not drop one.
     */
    private boolean keptElsewhere(GroupSession s) {
        if (records.isUnsatisfied()) {
            return true;
        }
        return records.stream().anyMatch(r -> r.anyFor(s.getId()));
    }

    /**
     * Warnings for each facilitator of the group who already runs another group's session at an
     * overlapping time. A warning, not a refusal: co-facilitation and cover happen.
     */
    List<String> doubleBookings(TherapyGroup group, List<GroupSession> sessions) {
        if (sessions.isEmpty() || group.getFacilitators().isEmpty()) {
            return List.of();
        }
        Instant from =
                sessions.stream()
                        .map(GroupSession::getStartsAt)
                        .min(Instant::compareTo)
                        .orElseThrow();
        Instant to =
                sessions.stream()
                        .map(GroupSession::getEndsAt)
                        .max(Instant::compareTo)
                        .orElseThrow();
        List<String> warnings = new ArrayList<>();
        for (String clinician : group.getFacilitators()) {
            List<GroupSession> theirs =
                    em.createNamedQuery(GroupSession.OF_CLINICIAN_BETWEEN, GroupSession.class)
                            .setParameter("clinician", clinician)
                            .setParameter("from", from)
                            .setParameter("to", to)
                            .getResultList();
            for (GroupSession mine : sessions) {
                for (GroupSession other : theirs) {
                    if (!other.getGroup().getId().equals(group.getId())
                            && other.getStatus() != SessionStatus.CANCELLED
                            && other.overlaps(mine.getStartsAt(), mine.getEndsAt())) {
                        warnings.add(
                                clinician
                                        + " also facilitates "
                                        + other.getGroup().getName()
                                        + " at "
                                        + ZonedDateTime.ofInstant(
                                                        other.getStartsAt(),
                                                        other.getGroup().getProgram().zone())
                                                .format(WHEN)
                                        + ".");
                    }
                }
            }
        }
        return warnings.stream().distinct().toList();
    }

    /**
     * The sessions of a program's groups that overlap from..to, cancelled ones included, for the
     * hour ledgers (a participant's own ledger too: times, no one's attendance). Read-only
     * (Hibernate keeps no snapshot for dirty checking, since a quarter's report reads thousands): a
     * change to them would not be saved; move or cancel sessions through this boundary's methods.
     */
    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<GroupSession> ofProgram(UUID programId, Instant from, Instant to) {
        return em.createNamedQuery(GroupSession.OF_PROGRAM_BETWEEN, GroupSession.class)
                .setParameter("program", programId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setHint("org.hibernate.readOnly", true)
                .getResultList();
    }

    /**
     * Which of these sessions belong to groups the actor facilitates, in one query: for lists of
     * other components' records (join alerts) that a facilitator sees for their own groups only.
     */
    @RolesAllowed({Role.Names.CLINICIAN, Role.Names.PROGRAM_ADMIN})
    public Set<UUID> facilitatedBy(Collection<UUID> sessionIds, Actor actor) {
        if (sessionIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(
                em.createQuery(
                                "select s.id from GroupSession s where s.id in :ids and"
                                        + " :clinician member of s.group.facilitators",
                                UUID.class)
                        .setParameter("ids", Set.copyOf(sessionIds))
                        .setParameter("clinician", actor.username())
                        .getResultList());
    }

    /**
     * Which of these sessions belong to a program the actor is assigned to administer (global scope
     * is not expanded here), in one query: for lists of other components' records about sessions
     * (incidents) that such an admin sees for their programs only.
     */
    @RolesAllowed({Role.Names.PROGRAM_ADMIN, Role.Names.AUDITOR, Role.Names.PRIVACY_OFFICER})
    public Set<UUID> inProgramsRunBy(Collection<UUID> sessionIds, Actor actor) {
        if (sessionIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(
                em.createQuery(
                                "select s.id from GroupSession s where s.id in :ids and"
                                        + " s.group.program.id in (select a.programId from"
                                        + " ProgramAdmin a where a.username = :username)",
                                UUID.class)
                        .setParameter("ids", Set.copyOf(sessionIds))
                        .setParameter("username", actor.username())
                        .getResultList());
    }
}
