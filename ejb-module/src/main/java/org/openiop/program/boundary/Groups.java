package org.openiop.program.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.Actor;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.program.control.Enrollees;
import org.openiop.program.control.Enrollees.Enrollee;
import org.openiop.program.control.GroupAccess;
import org.openiop.program.control.ProgramScope;
import org.openiop.program.entity.GroupSummary;
import org.openiop.program.entity.Member;
import org.openiop.program.entity.Membership;
import org.openiop.program.entity.Program;
import org.openiop.program.entity.TherapyGroup;
import org.openiop.program.entity.WeeklySchedule;

/** Groups, their schedules and their members; the only place their transactions begin. */
@Stateless
public class Groups {

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @Inject ProgramScope scope;

    /** Pseudonyms and status of members, from the participant component. */
    @Inject Enrollees enrollees;

    @EJB AuditTrail audit;

    @EJB Sessions sessions;

    @EJB Programs programs;

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
    public TherapyGroup find(UUID id) {
        TherapyGroup group = id == null ? null : em.find(TherapyGroup.class, id);
        if (group == null) {
            throw new NotFound("There is no group with that id.");
        }
        return group;
    }

    /**
     * @throws RequestRefused (not-found, forbidden)
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public TherapyGroup visible(UUID id, Actor actor) {
        TherapyGroup group = find(id);
        GroupAccess.requireSee(em, group, actor);
        return group;
    }

    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<TherapyGroup> ofProgram(UUID program) {
        return em.createNamedQuery(TherapyGroup.OF_PROGRAM, TherapyGroup.class)
                .setParameter("program", program)
                .getResultList();
    }

    /**
     * The groups an actor works with: all of them for intake, auditors and privacy officers; their
     * programs' for a program admin; their own for a clinician.
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<TherapyGroup> of(Actor actor) {
        if (actor.hasAny(Role.AUDITOR, Role.PRIVACY_OFFICER, Role.INTAKE)
                || ProgramScope.isGlobalAdmin(actor)) {
            return em.createNamedQuery(TherapyGroup.ALL, TherapyGroup.class).getResultList();
        }
        if (actor.has(Role.PROGRAM_ADMIN)) {
            return em
                    .createNamedQuery(TherapyGroup.ALL, TherapyGroup.class)
                    .getResultList()
                    .stream()
                    .filter(GroupAccess.runnable(em, actor))
                    .toList();
        }
        return em.createNamedQuery(TherapyGroup.FACILITATED_BY, TherapyGroup.class)
                .setParameter("clinician", actor.username())
                .getResultList();
    }

    /**
     * {@link #visible(UUID, Actor)} as a summary, for pages and REST views.
     *
     * @throws RequestRefused (not-found, forbidden)
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public GroupSummary visibleSummary(UUID id, Actor actor) {
        return GroupSummary.of(visible(id, actor));
    }

    /** {@link #ofProgram(UUID)} as summaries, for pages and REST views. */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<GroupSummary> summariesOfProgram(UUID program) {
        return ofProgram(program).stream().map(GroupSummary::of).toList();
    }

    /** {@link #of(Actor)} as summaries, for pages and REST views. */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<GroupSummary> summariesOf(Actor actor) {
        return of(actor).stream().map(GroupSummary::of).toList();
    }

    /** Whether the actor may change this group (for pages that offer the controls). */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public boolean mayRun(UUID groupId, Actor actor) {
        return GroupAccess.mayRun(em, find(groupId), actor);
    }

    /** Creates a group and, when it has a schedule, its sessions for the coming weeks. */
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public Scheduled create(UUID programId, GroupForm form, Actor actor) {
        Program program = programs.find(programId);
        scope.requireAdminOf(em, actor, program.getId());
        TherapyGroup group;
        try {
            group =
                    new TherapyGroup(
                            program,
                            form.name(),
                            capacity(form),
                            form.videoPlugin(),
                            facilitators(form));
            group.reschedule(schedule(form));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Invalid(e.getMessage());
        }
        em.persist(group);
        audit.record(
                actor.username(),
                "group.create",
                group.getId().toString(),
                null,
                AuditRecord.SUCCESS);
        return sessions.generate(group);
    }

    /**
     * Changes a group. A changed schedule replaces future generated sessions that nobody moved or
     * attended. Lowering the capacity below the current members is refused.
     */
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public Scheduled update(UUID id, GroupForm form, Actor actor) {
        TherapyGroup group = find(id);
        scope.requireAdminOf(em, actor, group.getProgram().getId());
        int capacity = capacity(form);
        long members =
                activeMembers(
                        group,
                        LocalDate.now(clock.withZone(group.getProgram().zone())),
                        null,
                        null);
        if (capacity < members) {
            throw new Invalid(
                    "The group has "
                            + members
                            + (members == 1 ? " member" : " members")
                            + "; the capacity cannot be "
                            + capacity
                            + ".",
                    Map.of("capacity", "at least " + members));
        }
        WeeklySchedule schedule;
        try {
            group.describe(form.name(), capacity, form.videoPlugin(), facilitators(form));
            schedule = schedule(form);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Invalid(e.getMessage());
        }
        boolean changed = !sameSchedule(group.getSchedule(), schedule);
        group.reschedule(schedule);
        audit.record(
                actor.username(),
                "group.update",
                group.getId().toString(),
                null,
                AuditRecord.SUCCESS);
        return changed ? sessions.regenerate(group) : new Scheduled(group, List.of(), List.of());
    }

    /**
     * The members on the roster, by pseudonym, whose membership overlaps the day (null: all of
     * them).
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<Member> roster(UUID groupId, LocalDate day, Actor actor) {
        TherapyGroup group = visible(groupId, actor);
        List<Membership> memberships =
                em.createNamedQuery(Membership.OF_GROUP, Membership.class)
                        .setParameter("group", group.getId())
                        .getResultList();
        Map<UUID, Enrollee> people =
                enrollees.byIds(memberships.stream().map(Membership::getParticipantId).toList());
        List<Member> out = new ArrayList<>();
        for (Membership m : memberships) {
            if (day == null || m.activeOn(day)) {
                out.add(member(m, people.get(m.getParticipantId())));
            }
        }
        return out;
    }

    /** A membership as the roster shows it: by pseudonym (null when the person is unknown). */
    private static Member member(Membership m, Enrollee p) {
        return new Member(
                m.getId(),
                m.getParticipantId(),
                p == null ? null : p.pseudonym(),
                m.getStartsOn(),
                m.getEndsOn(),
                p == null || !p.mayTakePart());
    }

    /**
     * Whether the participant is a member of the group on that day (null: on any day), for the
     * boundaries of other components that let members do something: join a session, report about
     * it. A participant may ask about themselves only; to them anyone else is no member. Staff may
     * ask only about a group they may see ({@link GroupAccess#requireSee}); {@link Actor#SYSTEM},
     * which timers act as, about any.
     *
     * @throws RequestRefused (not-found) to staff for a group they may not see, or an unknown one
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
    public boolean isMember(UUID participantId, UUID groupId, LocalDate day, Actor caller) {
        if (participantId == null || groupId == null) {
            return false;
        }
        boolean aboutThemselves = enrollees.isSelf(caller, participantId);
        boolean onlyParticipant =
                caller.has(Role.PARTICIPANT) && !caller.hasAny(Role.STAFF.toArray(Role[]::new));
        if (onlyParticipant && !aboutThemselves) {
            return false;
        }
        if (!aboutThemselves && !Actor.SYSTEM.equals(caller)) {
            GroupAccess.requireSee(em, find(groupId), caller);
        }
        return em
                .createNamedQuery(Membership.OF_PARTICIPANT, Membership.class)
                .setParameter("participant", participantId)
                .getResultList()
                .stream()
                .anyMatch(
                        m ->
                                m.getGroup().getId().equals(groupId)
                                        && (day == null || m.activeOn(day)));
    }

    /**
     * Adds a participant to a group; the answer is the new member as the roster shows them.
     *
     * @throws RequestRefused (invalid) when the group is full on any of those days, the dates fall
     *     outside the program's, or the participant is already a member then; nothing is saved
     */
    @RolesAllowed({Role.Names.CLINICIAN, Role.Names.PROGRAM_ADMIN})
    public Member addMember(
            UUID groupId, UUID participantId, LocalDate startsOn, LocalDate endsOn, Actor actor) {
        TherapyGroup group = find(groupId);
        GroupAccess.requireRun(em, group, actor);
        Enrollee participant =
                participantId == null
                        ? null
                        : enrollees.byIds(List.of(participantId)).get(participantId);
        if (participant == null || !participant.mayTakePart()) {
            throw new Invalid(
                    "Choose an enrolled participant who has not been discharged.",
                    Map.of("participant", "not an active participant"));
        }
        Membership membership;
        try {
            membership =
                    new Membership(
                            group,
                            participantId,
                            startsOn,
                            endsOn,
                            actor.username(),
                            clock.instant());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Invalid(e.getMessage(), Map.of("startsOn", e.getMessage()));
        }
        boolean already =
                em
                        .createNamedQuery(Membership.OF_PARTICIPANT, Membership.class)
                        .setParameter("participant", participantId)
                        .getResultList()
                        .stream()
                        .anyMatch(
                                m ->
                                        m.getGroup().getId().equals(groupId)
                                                && m.overlaps(startsOn, endsOn));
        if (already) {
            throw new Invalid(
                    "This participant is already a member of the group on some of those days.",
                    Map.of("participant", "already a member"));
        }
        long members = activeMembers(group, startsOn, endsOn, null);
        if (members >= group.getCapacity()) {
            throw new Invalid(
                    "The group is full: its capacity is "
                            + group.getCapacity()
                            + " and it already has "
                            + members
                            + " members on those days.",
                    Map.of("capacity", "full"));
        }
        em.persist(membership);
        audit.record(
                actor.username(),
                "membership.add",
                participantId.toString(),
                null,
                AuditRecord.SUCCESS);
        return member(membership, participant);
    }

    /**
     * Ends a membership on a day (the last day they belong); the answer is the member as the roster
     * now shows them.
     */
    @RolesAllowed({Role.Names.CLINICIAN, Role.Names.PROGRAM_ADMIN})
    public Member endMember(UUID membershipId, LocalDate lastDay, Actor actor) {
        Membership m = membershipId == null ? null : em.find(Membership.class, membershipId);
        if (m == null) {
            throw new NotFound("There is no membership with that id.");
        }
        GroupAccess.requireRun(em, m.getGroup(), actor);
        try {
            m.setDates(m.getStartsOn(), lastDay);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Invalid(e.getMessage(), Map.of("endsOn", String.valueOf(e.getMessage())));
        }
        audit.record(
                actor.username(),
                "membership.end",
                m.getParticipantId().toString(),
                null,
                AuditRecord.SUCCESS);
        return member(m, enrollees.byIds(List.of(m.getParticipantId())).get(m.getParticipantId()));
    }

    /** Members of the group on any day in from..to (to null: open), not counting {@code except}. */
    private long activeMembers(TherapyGroup group, LocalDate from, LocalDate to, UUID except) {
        // Counting overlaps over the whole range is conservative: two members who never meet still
        // take two places. Groups are small and memberships long, so this errs on the safe side.
        return em
                .createNamedQuery(Membership.OF_GROUP, Membership.class)
                .setParameter("group", group.getId())
                .getResultList()
                .stream()
                .filter(m -> !m.getId().equals(except))
                .filter(m -> m.overlaps(from, to))
                .count();
    }

    private static int capacity(GroupForm form) {
        return form.capacity() == null ? TherapyGroup.DEFAULT_CAPACITY : form.capacity();
    }

    private static List<String> facilitators(GroupForm form) {
        return form.facilitators() == null ? List.of() : form.facilitators();
    }

    private static WeeklySchedule schedule(GroupForm form) {
        if (!form.hasSchedule()) {
            return null;
        }
        return new WeeklySchedule(
                form.days(),
                form.startsAt(),
                form.endsAt(),
                form.scheduleFrom(),
                form.scheduleUntil());
    }

    private static boolean sameSchedule(WeeklySchedule a, WeeklySchedule b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.weekdays().equals(b.weekdays())
                && a.getStart().equals(b.getStart())
                && a.getEnd().equals(b.getEnd())
                && a.getFrom().equals(b.getFrom())
                && Objects.equals(a.getUntil(), b.getUntil());
    }

    /**
     * Every group, for reports across programs; the caller filters by {@link GroupAccess} as it
     * needs (the hour ledgers: groups the actor runs, or all for auditors).
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<TherapyGroup> all() {
        return em.createNamedQuery(TherapyGroup.ALL, TherapyGroup.class).getResultList();
    }
}
