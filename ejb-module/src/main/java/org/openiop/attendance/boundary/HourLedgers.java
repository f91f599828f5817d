package org.openiop.attendance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openiop.attendance.control.CreditedTime;
import org.openiop.attendance.control.HoursCsv;
import org.openiop.attendance.control.WeeklyLedger;
import org.openiop.attendance.control.WeeklyLedger.DayCredit;
import org.openiop.attendance.entity.AttendanceSegment;
import org.openiop.attendance.entity.HoursReport;
import org.openiop.attendance.entity.LedgerWeek;
import org.openiop.attendance.entity.MemberHours;
import org.openiop.attendance.entity.UnderDosed;
import org.openiop.audit.entity.Actor;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.Role;
import org.openiop.plugin.spi.Modality;
import org.openiop.program.boundary.Groups;
import org.openiop.program.boundary.Memberships;
import org.openiop.program.boundary.Programs;
import org.openiop.program.boundary.Sessions;
import org.openiop.program.control.Enrollees;
import org.openiop.program.control.Enrollees.Enrollee;
import org.openiop.program.control.GroupAccess;
import org.openiop.program.entity.GroupSession;
import org.openiop.program.entity.Membership;
import org.openiop.program.entity.Program;
import org.openiop.program.entity.SessionStatus;
import org.openiop.program.entity.TherapyGroup;

/**
 * The weekly ASAM hour ledger: each participant's credited hours per ISO week in the program's time
 * zone against the program's threshold, for reports, the dashboard and the portal. Read-only.
 */
@Stateless
public class HourLedgers {

    /** Longest report, in weeks: a quarter, as payers review. */
    public static final int MAX_WEEKS = 26;

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    @EJB Programs programs;

    @EJB Groups groups;

    @EJB Sessions sessions;

    @EJB Memberships memberships;

    /** Pseudonyms of members, from the participant component. */
    @Inject Enrollees enrollees;

    /**
     * Everything a program's ledger needs for a window, read in four queries (two without the
     * members, for a participant's own ledger).
     */
    private record Window(
            Program program,
            List<Membership> memberships,
            Map<UUID, GroupSession> sessions,
            Map<UUID, List<DayCredit>> credits,
            Map<UUID, Enrollee> people) {}

    private Window load(
            Program program, LocalDate firstMonday, LocalDate lastMonday, boolean withMembers) {
        ZoneId zone = program.zone();
        Instant from = firstMonday.atStartOfDay(zone).toInstant();
        Instant to = lastMonday.plusWeeks(1).atStartOfDay(zone).toInstant();
        List<Membership> memberships =
                withMembers
                        ? this.memberships.ofProgram(
                                program.getId(), firstMonday, lastMonday.plusDays(6))
                        : List.of();
        Map<UUID, GroupSession> sessions = new HashMap<>();
        this.sessions.ofProgram(program.getId(), from, to).stream()
                .filter(s -> s.getStatus() != SessionStatus.CANCELLED)
                .forEach(s -> sessions.put(s.getId(), s));
        Map<UUID, Map<UUID, List<CreditedTime.Span>>> spans =
                new HashMap<>(); // participant -> session -> spans
        // Only the five columns the arithmetic needs, not tens of thousands of managed entities;
        // only of the sessions just read (a cancelled one credits nothing).
        (sessions.isEmpty()
                        ? List.<Object[]>of()
                        : em.createNamedQuery(
                                        AttendanceSegment.CREDITED_IN_SESSIONS, Object[].class)
                                .setParameter("sessions", sessions.keySet())
                                .getResultList())
                .stream()
                        .forEach(
                                a ->
                                        spans.computeIfAbsent((UUID) a[1], k -> new HashMap<>())
                                                .computeIfAbsent(
                                                        (UUID) a[0], k -> new ArrayList<>())
                                                .add(
                                                        new CreditedTime.Span(
                                                                (Instant) a[2],
                                                                (Instant) a[3],
                                                                (Modality) a[4])));
        Map<UUID, List<DayCredit>> credits = new HashMap<>();
        spans.forEach(
                (participant, bySession) ->
                        bySession.forEach(
                                (sessionId, list) -> {
                                    GroupSession s = sessions.get(sessionId);
                                    if (s != null) {
                                        credits.computeIfAbsent(participant, k -> new ArrayList<>())
                                                .add(
                                                        new DayCredit(
                                                                s.getStartsAt()
                                                                        .atZone(zone)
                                                                        .toLocalDate(),
                                                                CreditedTime.of(
                                                                        s.getStartsAt(),
                                                                        s.getEndsAt(),
                                                                        list)));
                                    }
                                }));
        Map<UUID, Enrollee> people =
                memberships.isEmpty()
                        ? Map.of()
                        : enrollees.byIds(
                                memberships.stream().map(Membership::getParticipantId).toList());
        return new Window(program, memberships, sessions, credits, people);
    }

    /**
     * The hours report for a program: per group, each member's weeks from {@code firstMonday}'s
     * week through {@code lastMonday}'s week (at most {@link #MAX_WEEKS}), within their membership.
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public HoursReport report(UUID programId, LocalDate first, LocalDate last, Actor actor) {
        Program program = programs.find(programId);
        LocalDate firstMonday = WeeklyLedger.mondayOf(first);
        LocalDate lastMonday = WeeklyLedger.mondayOf(last);
        if (lastMonday.isBefore(firstMonday)) {
            throw new Invalid(
                    "The report's last week is before its first.", Map.of("to", "before from"));
        }
        if (firstMonday.plusWeeks(MAX_WEEKS).isBefore(lastMonday.plusWeeks(1))) {
            throw new Invalid(
                    "A report covers at most " + MAX_WEEKS + " weeks.", Map.of("to", "too far"));
        }
        Window w = load(program, firstMonday, lastMonday, true);
        List<TherapyGroup> groups =
                this.groups.ofProgram(programId).stream()
                        .filter(g -> GroupAccess.maySee(em, g, actor))
                        .toList();
        List<HoursReport.GroupHours> out = new ArrayList<>();
        for (TherapyGroup g : groups) {
            List<MemberHours> members = new ArrayList<>();
            for (Membership m : w.memberships()) {
                if (m.getGroup().getId().equals(g.getId())) {
                    members.add(memberHours(w, m, firstMonday, lastMonday));
                }
            }
            members.sort(
                    (a, b) ->
                            String.valueOf(a.pseudonym())
                                    .compareToIgnoreCase(String.valueOf(b.pseudonym())));
            out.add(new HoursReport.GroupHours(g.getId(), g.getName(), members));
        }
        List<LocalDate> mondays = new ArrayList<>();
        for (LocalDate d = firstMonday; !d.isAfter(lastMonday); d = d.plusWeeks(1)) {
            mondays.add(d);
        }
        LocalDate today = LocalDate.now(clock.withZone(program.zone()));
        return new HoursReport(
                program.getId(),
                program.getName(),
                program.getWeeklyMinutes(),
                program.getStepDownWeeks(),
                mondays,
                WeeklyLedger.mondayOf(today),
                out);
    }

    private static MemberHours memberHours(
            Window w, Membership m, LocalDate firstMonday, LocalDate lastMonday) {
        LocalDate from =
                WeeklyLedger.mondayOf(m.getStartsOn()).isAfter(firstMonday)
                        ? WeeklyLedger.mondayOf(m.getStartsOn())
                        : firstMonday;
        LocalDate to =
                m.getEndsOn() != null && WeeklyLedger.mondayOf(m.getEndsOn()).isBefore(lastMonday)
                        ? WeeklyLedger.mondayOf(m.getEndsOn())
                        : lastMonday;
        Enrollee p = w.people().get(m.getParticipantId());
        List<LedgerWeek> weeks =
                WeeklyLedger.build(
                        from,
                        to,
                        w.credits().getOrDefault(m.getParticipantId(), List.of()),
                        w.program().getWeeklyMinutes(),
                        w.program().getStepDownWeeks());
        return new MemberHours(m.getParticipantId(), p == null ? null : p.pseudonym(), weeks);
    }

    /**
     * {@link #report} as CSV (RFC 4180), one row per group, member and week, for download; the same
     * access rule applies.
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public String reportCsv(UUID programId, LocalDate first, LocalDate last, Actor actor) {
        return HoursCsv.of(report(programId, first, last, actor));
    }

    /**
     * A participant's own weeks in each program they belong to, from {@code first} through this
     * week.
     */
    @RolesAllowed(Role.Names.PARTICIPANT)
    public List<ProgramWeeks> ofParticipant(UUID participantId, int weeksBack) {
        List<ProgramWeeks> out = new ArrayList<>();
        for (Program program : this.memberships.everProgramsOf(participantId)) {
            LocalDate thisMonday =
                    WeeklyLedger.mondayOf(LocalDate.now(clock.withZone(program.zone())));
            LocalDate firstMonday = thisMonday.minusWeeks(Math.max(0, weeksBack - 1));
            Window w = load(program, firstMonday, thisMonday, false);
            List<LedgerWeek> weeks =
                    WeeklyLedger.build(
                            firstMonday,
                            thisMonday,
                            w.credits().getOrDefault(participantId, List.of()),
                            program.getWeeklyMinutes(),
                            program.getStepDownWeeks());
            out.add(new ProgramWeeks(program.getId(), program.getWeeklyMinutes(), weeks));
        }
        return out;
    }

    /** A participant's weeks in one program (the program's name is not shown to participants). */
    public record ProgramWeeks(UUID programId, int weeklyMinutes, List<LedgerWeek> weeks) {

        public double getThresholdHours() {
            return weeklyMinutes / 60.0;
        }

        public List<LedgerWeek> getWeeks() {
            return weeks;
        }

        public LedgerWeek getThisWeek() {
            return weeks.get(weeks.size() - 1);
        }
    }

    /**
     * Members of the actor's groups who can no longer reach the threshold this week: the hours
     * credited so far plus every remaining session of the program this week fall short.
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<UnderDosed> underDosedThisWeek(Actor actor) {
        Instant now = clock.instant();
        List<TherapyGroup> groups =
                this.groups.all().stream()
                        .filter(
                                g ->
                                        GroupAccess.mayRun(em, g, actor)
                                                || actor.hasAny(Role.AUDITOR, Role.PRIVACY_OFFICER))
                        .toList();
        Map<UUID, Program> programs = new HashMap<>();
        groups.forEach(g -> programs.put(g.getProgram().getId(), g.getProgram()));
        List<UnderDosed> out = new ArrayList<>();
        for (Program program : programs.values()) {
            if (program.getWeeklyMinutes() == 0) {
                continue;
            }
            LocalDate monday = WeeklyLedger.mondayOf(LocalDate.now(clock.withZone(program.zone())));
            Window w = load(program, monday, monday, true);
            Duration threshold = Duration.ofMinutes(program.getWeeklyMinutes());
            for (Membership m : w.memberships()) {
                TherapyGroup g = m.getGroup();
                if (!groups.contains(g) || !m.overlaps(monday, monday.plusDays(6))) {
                    continue;
                }
                Duration credited =
                        w.credits().getOrDefault(m.getParticipantId(), List.of()).stream()
                                .map(c -> c.credit().total())
                                .reduce(Duration.ZERO, Duration::plus);
                Duration remaining =
                        w.sessions().values().stream()
                                .filter(
                                        s ->
                                                s.getGroup().getId().equals(g.getId())
                                                        && s.getEndsAt().isAfter(now))
                                .map(
                                        s ->
                                                Duration.between(
                                                        s.getStartsAt().isAfter(now)
                                                                ? s.getStartsAt()
                                                                : now,
                                                        s.getEndsAt()))
                                .reduce(Duration.ZERO, Duration::plus);
                if (credited.plus(remaining).compareTo(threshold) < 0) {
                    Enrollee p = w.people().get(m.getParticipantId());
                    out.add(
                            new UnderDosed(
                                    m.getParticipantId(),
                                    p == null ? null : p.pseudonym(),
                                    g.getName(),
                                    credited.toMinutes(),
                                    remaining.toMinutes(),
                                    program.getWeeklyMinutes()));
                }
            }
        }
        out.sort(
                (a, b) ->
                        String.valueOf(a.pseudonym())
                                .compareToIgnoreCase(String.valueOf(b.pseudonym())));
        return out;
    }
}
