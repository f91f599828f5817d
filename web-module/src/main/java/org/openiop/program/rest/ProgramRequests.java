package org.openiop.program.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.openiop.platform.rest.MaxItems;
import org.openiop.platform.rest.MaxLength;
import org.openiop.platform.rest.Weekdays;
import org.openiop.plugin.spi.Modality;
import org.openiop.program.boundary.GroupForm;
import org.openiop.program.boundary.ProgramForm;
import org.openiop.program.entity.AgeBand;
import org.openiop.program.entity.LevelOfCare;

/**
 * What the program API takes. Types and sizes are checked here (a name of a megabyte is refused
 * before anything reads it); whether a program or group makes sense is the boundary's rule, with
 * the boundary's own words.
 */
public final class ProgramRequests {

    private ProgramRequests() {}

    public record ProgramBody(
            @MaxLength(200) String name,
            LevelOfCare levelOfCare,
            AgeBand ageBand,
            @MaxLength(64) String timeZone,
            LocalDate startsOn,
            LocalDate endsOn,
            Integer weeklyMinutes,
            Integer stepDownWeeks,
            @MaxItems(60) List<String> states) {

        ProgramForm toForm() {
            return new ProgramForm(
                    name,
                    levelOfCare,
                    ageBand,
                    timeZone,
                    startsOn,
                    endsOn,
                    weeklyMinutes,
                    stepDownWeeks,
                    states == null ? List.of() : states);
        }
    }

    /** {@code {"enabled": false}} switches a plugin off for a program; true switches it on. */
    public record PluginSwitchBody(Boolean enabled) {}

    public record AdminBody(@MaxLength(100) String username) {}

    /**
     * A group and, optionally, its weekly schedule. Days are {@code ["MON", "WED"]} or full names.
     */
    public record GroupBody(
            @MaxLength(200) String name,
            Integer capacity,
            @MaxLength(100) String videoPlugin,
            @MaxItems(20) List<String> facilitators,
            @MaxItems(7) List<String> days,
            LocalTime startTime,
            LocalTime endTime,
            LocalDate scheduleFrom,
            LocalDate scheduleUntil) {

        GroupForm toForm() {
            return new GroupForm(
                    name,
                    capacity,
                    videoPlugin,
                    facilitators,
                    Weekdays.of("days", days),
                    startTime,
                    endTime,
                    scheduleFrom,
                    scheduleUntil);
        }
    }

    public record MemberBody(UUID participantId, LocalDate startsOn, LocalDate endsOn) {}

    public record MemberEndBody(LocalDate endsOn) {}

    /** A session's new or first start and end. */
    public record SessionTimesBody(Instant startsAt, Instant endsAt) {}

    /** Why: a cancellation or a removed attendance entry. */
    public record ReasonBody(@MaxLength(2000) String reason) {}

    /** Where the participant is (a state or territory code) and how they take part. */
    public record LicensingBody(@MaxLength(8) String jurisdiction, Modality modality) {}

    /** An attendance entry a facilitator records by hand; modality defaults to video. */
    public record AttendanceBody(
            UUID participantId, Instant joinedAt, Instant leftAt, Modality modality) {}
}
