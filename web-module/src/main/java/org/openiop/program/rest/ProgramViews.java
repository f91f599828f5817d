package org.openiop.program.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
import org.openiop.program.entity.AdminAssignment;
import org.openiop.program.entity.AgeBand;
import org.openiop.program.entity.GroupSummary;
import org.openiop.program.entity.LevelOfCare;
import org.openiop.program.entity.Member;
import org.openiop.program.entity.ProgramSummary;
import org.openiop.program.entity.SessionSummary;

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

        static ProgramView of(ProgramSummary p) {
            return new ProgramView(
                    p.id(),
                    p.name(),
                    p.levelOfCare(),
                    p.ageBand(),
                    p.timeZone(),
                    p.startsOn(),
                    p.endsOn(),
                    p.weeklyMinutes(),
                    p.stepDownWeeks(),
                    p.states().stream().sorted().toList());
        }
    }

    /** A plugin the registry knows, and whether this program uses it. */
    public record ProgramPluginView(String id, String kind, String state, boolean enabled) {

        static ProgramPluginView of(PluginInfo p, ProgramSummary program) {
            return new ProgramPluginView(
                    p.id(), String.valueOf(p.kind()), p.state().name(), program.usesPlugin(p.id()));
        }
    }

    public record ProgramAdminView(String username, String assignedBy, Instant assignedAt) {

        static ProgramAdminView of(AdminAssignment a) {
            return new ProgramAdminView(a.username(), a.assignedBy(), a.assignedAt());
        }
    }

    public record ScheduleView(
            List<String> days, String startTime, String endTime, LocalDate from, LocalDate until) {

        static ScheduleView of(GroupSummary g) {
            return !g.hasSchedule()
                    ? null
                    : new ScheduleView(
                            g.sortedWeekdays().stream().map(d -> d.name().substring(0, 3)).toList(),
                            g.start().toString(),
                            g.end().toString(),
                            g.from(),
                            g.until());
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

        static GroupView of(GroupSummary g) {
            return new GroupView(
                    g.id(),
                    g.name(),
                    g.programId(),
                    g.capacity(),
                    List.copyOf(g.sortedFacilitators()),
                    g.videoPlugin(),
                    ScheduleView.of(g));
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

        static SessionView of(SessionSummary s) {
            return new SessionView(
                    s.id(),
                    s.groupId(),
                    s.groupName(),
                    s.startsAt(),
                    s.endsAt(),
                    s.startsAt().atZone(s.zone()).toLocalDateTime().toString(),
                    s.timeZone(),
                    s.statusAt(Clock.systemUTC().instant()).name(),
                    s.moved(),
                    s.cancelReason());
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
                    s.sessionSummaries().stream().map(SessionView::of).toList(),
                    List.copyOf(s.warnings()),
                    withGroup ? GroupView.of(s.groupSummary()) : null);
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
            JoinSummary a = e.lastJoin();
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
                    e.segments().stream().map(SegmentView::of).toList(),
                    LastJoinView.of(e));
        }
    }

    /** A link the browser opens directly. */
    public record LinkView(String url) {}
}
