package org.openiop.program.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openiop.attendance.entity.AttendanceSegment;
import org.openiop.attendance.entity.HoursReport;
import org.openiop.attendance.entity.LedgerWeek;
import org.openiop.attendance.entity.MemberHours;
import org.openiop.attendance.entity.RosterEntry;
import org.openiop.attendance.entity.SegmentSummary;
import org.openiop.join.entity.JoinSummary;
import org.openiop.licensing.boundary.SessionLicensing;
import org.openiop.licensing.entity.RecordedDecisionView;
import org.openiop.plugin.entity.PluginInfo;
import org.openiop.program.boundary.Scheduled;
import org.openiop.program.entity.AgeBand;
import org.openiop.program.entity.GroupSession;
import org.openiop.program.entity.LevelOfCare;
import org.openiop.program.entity.Member;
import org.openiop.program.entity.Program;
import org.openiop.program.entity.ProgramAdmin;
import org.openiop.program.entity.TherapyGroup;
import org.openiop.program.entity.WeeklySchedule;

/**
 * What the program API answers with: records that JSON-B writes and /openapi describes. Each is
 * made from the boundary's answer here, so no entity reaches the wire. Times of day and local
 * date-times are text as the entities print them ("18:00", "2026-03-09T18:00").
 */
public final class ProgramViews {

    private ProgramViews() {}

    public record ProgramView(
            UUID id,
            String name,
            LevelOfCare levelOfCare,
            AgeBand ageBand,
            String timeZone,
            LocalDate startsOn,
            LocalDate endsOn,
            int weeklyMinutes,
            int stepDownWeeks,
            List<String> states) {

        static ProgramView of(Program p) {
            return new ProgramView(
                    p.getId(),
                    p.getName(),
                    p.getLevelOfCare(),
                    p.getAgeBand(),
                    p.getTimeZone(),
                    p.getStartsOn(),
                    p.getEndsOn(),
                    p.getWeeklyMinutes(),
                    p.getStepDownWeeks(),
                    p.getStates().stream().sorted().toList());
        }
    }

    /** A plugin the registry knows, and whether this program uses it. */
    public record ProgramPluginView(String id, String kind, String state, boolean enabled) {

        static ProgramPluginView of(PluginInfo p, Program program) {
            return new ProgramPluginView(
                    p.id(), String.valueOf(p.kind()), p.state().name(), program.usesPlugin(p.id()));
        }
    }

    public record ProgramAdminView(String username, String assignedBy, Instant assignedAt) {

        static ProgramAdminView of(ProgramAdmin a) {
            return new ProgramAdminView(a.getUsername(), a.getAssignedBy(), a.getAssignedAt());
        }
    }

    public record ScheduleView(
            List<String> days, String startTime, String endTime, LocalDate from, LocalDate until) {

        static ScheduleView of(WeeklySchedule s) {
            return s == null
                    ? null
                    : new ScheduleView(
                            s.weekdays().stream().map(d -> d.name().substring(0, 3)).toList(),
                            s.getStart().toString(),
                            s.getEnd().toString(),
                            s.getFrom(),
                            s.getUntil());
        }
    }

    public record GroupView(
            UUID id,
            String name,
            UUID programId,
            int capacity,
            List<String> facilitators,
            String videoPlugin,
            ScheduleView schedule) {

        static GroupView of(TherapyGroup g) {
            return new GroupView(
                    g.getId(),
                    g.getName(),
                    g.getProgram().getId(),
                    g.getCapacity(),
                    List.copyOf(g.getFacilitators()),
                    g.getVideoPlugin(),
                    ScheduleView.of(g.getSchedule()));
        }
    }

    public record SessionView(
            UUID id,
            UUID groupId,
            String group,
            Instant startsAt,
            Instant endsAt,
            String localStart,
            String timeZone,
            String status,
            boolean moved,
            String cancelReason) {

        static SessionView of(GroupSession s) {
            Program program = s.getGroup().getProgram();
            return new SessionView(
                    s.getId(),
                    s.getGroup().getId(),
                    s.getGroup().getName(),
                    s.getStartsAt(),
                    s.getEndsAt(),
                    s.getStartsAt().atZone(program.zone()).toLocalDateTime().toString(),
                    program.getTimeZone(),
                    s.statusAt(Clock.systemUTC().instant()).name(),
                    s.isMoved(),
                    s.getCancelReason());
        }
    }

    /**
     * Sessions made or moved, with any facilitator double-bookings; {@code group} when a group was
     * made or changed.
     */
    public record ScheduledView(
            List<SessionView> sessions, List<String> warnings, GroupView group) {

        static ScheduledView of(Scheduled s, boolean withGroup) {
            return new ScheduledView(
                    s.sessions().stream().map(SessionView::of).toList(),
                    List.copyOf(s.warnings()),
                    withGroup ? GroupView.of(s.group()) : null);
        }
    }

    public record MemberView(
            UUID membershipId,
            UUID participantId,
            String pseudonym,
            LocalDate startsOn,
            LocalDate endsOn,
            boolean discharged) {

        static MemberView of(Member m) {
            return new MemberView(
                    m.membershipId(),
                    m.participantId(),
                    m.pseudonym(),
                    m.startsOn(),
                    m.endsOn(),
                    m.discharged());
        }
    }

    public record MembershipView(UUID membershipId, LocalDate startsOn) {}

    public record WeekView(
            String week,
            LocalDate monday,
            long minutes,
            long minutesWithoutVideo,
            int h0015Days,
            boolean h0015,
            String status) {

        static WeekView of(LedgerWeek w) {
            return new WeekView(
                    w.label(),
                    w.monday(),
                    w.credited().toMinutes(),
                    w.withoutVideo().toMinutes(),
                    w.h0015Days(),
                    w.meetsH0015(),
                    w.status().name());
        }
    }

    public record MemberHoursView(UUID participantId, String pseudonym, List<WeekView> weeks) {

        static MemberHoursView of(MemberHours m) {
            return new MemberHoursView(
                    m.participantId(),
                    m.pseudonym(),
                    m.weeks().stream().map(WeekView::of).toList());
        }
    }

    public record GroupHoursView(UUID groupId, String name, List<MemberHoursView> members) {

        static GroupHoursView of(HoursReport.GroupHours g) {
            return new GroupHoursView(
                    g.groupId(), g.name(), g.members().stream().map(MemberHoursView::of).toList());
        }
    }

    public record HoursView(
            UUID programId, int weeklyMinutes, int stepDownWeeks, List<GroupHoursView> groups) {

        static HoursView of(HoursReport r) {
            return new HoursView(
                    r.programId(),
                    r.weeklyMinutes(),
                    r.stepDownWeeks(),
                    r.groups().stream().map(GroupHoursView::of).toList());
        }
    }

    /** One facilitator's licensing answer for a session. */
    public record LicensingAnswerView(
            String clinician, String verdict, List<String> reasons, List<String> obligations) {

        static LicensingAnswerView of(SessionLicensing.Answer a) {
            return new LicensingAnswerView(
                    a.clinician(),
                    a.verdict().name(),
                    List.copyOf(a.composed().decision().reasons()),
                    a.composed().decision().obligations().stream().map(o -> o.code()).toList());
        }
    }

    /** A stored licensing decision with the inputs it was made from and its outcome. */
    public record LicensingDecisionView(
            String clinician,
            String jurisdiction,
            String modality,
            LocalDate date,
            String verdict,
            Instant decidedAt,
            String decidedBy,
            JsonObject inputs,
            JsonObject outcome) {

        static LicensingDecisionView of(RecordedDecisionView d) {
            return new LicensingDecisionView(
                    d.clinician(),
                    d.jurisdiction(),
                    d.modality().name(),
                    d.onDate(),
                    d.verdict().name(),
                    d.decidedAt(),
                    d.decidedBy(),
                    Json.createReader(new StringReader(d.inputs())).readObject(),
                    Json.createReader(new StringReader(d.outcome())).readObject());
        }
    }

    public record SegmentView(
            UUID id,
            UUID participantId,
            Instant joinedAt,
            Instant leftAt,
            String modality,
            String source,
            String recordedBy,
            boolean removed,
            boolean open,
            String placeOfService,
            String removedBy,
            String removalReason) {

        static SegmentView of(AttendanceSegment a) {
            return of(SegmentSummary.of(a));
        }

        static SegmentView of(SegmentSummary a) {
            return new SegmentView(
                    a.id(),
                    a.participantId(),
                    a.joinedAt(),
                    a.leftAt(),
                    a.modality().name(),
                    a.source().name(),
                    a.recordedBy(),
                    a.voided(),
                    a.stillOpen(),
                    a.placeOfService(),
                    a.voided() ? a.voidedBy() : null,
                    a.voided() ? a.voidReason() : null);
        }
    }

    /**
     * Where the participant said they were, how they joined and the licensing verdict used, with
     * its obligations.
     */
    public record LastJoinView(
            UUID attemptId,
            Instant at,
            String placeOfService,
            String camera,
            String verdict,
            boolean reaffirmed,
            List<String> obligations) {

        static LastJoinView of(RosterEntry e) {
            JoinSummary a = e.lastJoinSummary();
            return a == null
                    ? null
                    : new LastJoinView(
                            a.id(),
                            a.attemptedAt(),
                            a.placeOfService(),
                            a.camera().name(),
                            a.verdict().name(),
                            a.reaffirmed(),
                            List.copyOf(e.obligations()));
        }
    }

    /** A member of the session's roster by pseudonym, with segments and credited minutes. */
    public record RosterView(
            UUID participantId,
            String pseudonym,
            String presence,
            long creditedMinutes,
            List<SegmentView> segments,
            LastJoinView lastJoin) {

        static RosterView of(RosterEntry e) {
            return new RosterView(
                    e.participantId(),
                    e.pseudonym(),
                    e.presence().name(),
                    e.credited().toMinutes(),
                    e.segmentSummaries().stream().map(SegmentView::of).toList(),
                    LastJoinView.of(e));
        }
    }

    /** A link the browser opens directly. */
    public record LinkView(String url) {}
}
