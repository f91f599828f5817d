package org.openiop.program.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.openiop.platform.entity.Versioned;

/**
 * One meeting of a group: generated from its schedule (remembering the scheduled day) or added on
 * its own. Times are instants; people see them in the program's or their own time zone.
 */
@Entity
@Table(name = "group_session")
@NamedQuery(
        name = GroupSession.OF_GROUP_BETWEEN,
        query =
                "select s from GroupSession s where s.group.id = :group "
                        + "and s.startsAt < :to and s.endsAt > :from order by s.startsAt")
@NamedQuery(
        name = GroupSession.OF_GROUPS_BETWEEN,
        query =
                "select s from GroupSession s where s.group.id in :groups "
                        + "and s.startsAt < :to and s.endsAt > :from order by s.startsAt")
@NamedQuery(
        name = GroupSession.OF_PROGRAM_BETWEEN,
        query =
                "select s from GroupSession s where s.group.program.id = :program "
                        + "and s.startsAt < :to and s.endsAt > :from order by s.startsAt")
@NamedQuery(
        name = GroupSession.GENERATED_AFTER,
        query =
                "select s from GroupSession s where s.group.id = :group "
                        + "and s.scheduledDay is not null and s.startsAt > :after")
@NamedQuery(
        name = GroupSession.OF_CLINICIAN_BETWEEN,
        query =
                "select s from GroupSession s where :clinician member of s.group.facilitators and"
                        + " s.startsAt < :to and s.endsAt > :from order by s.startsAt")
public class GroupSession extends Versioned {

    public static final String OF_GROUP_BETWEEN = "GroupSession.ofGroupBetween";
    public static final String OF_GROUPS_BETWEEN = "GroupSession.ofGroupsBetween";
    public static final String OF_PROGRAM_BETWEEN = "GroupSession.ofProgramBetween";
    public static final String GENERATED_AFTER = "GroupSession.generatedAfter";
    public static final String OF_CLINICIAN_BETWEEN = "GroupSession.ofClinicianBetween";
    static final Duration LONGEST = Duration.ofHours(12);

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id")
    private TherapyGroup group;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SessionStatus status;

    @Column(name = "scheduled_day")
    private LocalDate scheduledDay;

    @Column(nullable = false)
    private boolean moved;

    @Column(name = "cancel_reason", length = 200)
    private String cancelReason;

    protected GroupSession() {
        // for JPA
    }

    /** A session from the group's schedule, for that local day. */
    public static GroupSession scheduled(TherapyGroup group, WeeklySchedule.Occurrence occurrence) {
        GroupSession s = new GroupSession(group, occurrence.startsAt(), occurrence.endsAt());
        s.scheduledDay = occurrence.day();
        return s;
    }

    /**
     * @throws IllegalArgumentException when it ends before it starts or lasts more than 12 hours
     */
    public GroupSession(TherapyGroup group, Instant startsAt, Instant endsAt) {
        newId();
        this.group = Objects.requireNonNull(group);
        this.status = SessionStatus.SCHEDULED;
        setTimes(startsAt, endsAt);
    }

    private void setTimes(Instant startsAt, Instant endsAt) {
        if (startsAt == null || endsAt == null) {
            throw new IllegalArgumentException("Give the session's start and end.");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A session must end after it starts.");
        }
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("A session lasts at most 12 hours.");
        }
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    /**
     * @throws IllegalStateException when the session is over or cancelled
     */
    public void move(Instant startsAt, Instant endsAt) {
        if (status != SessionStatus.SCHEDULED) {
            throw new IllegalStateException(
                    "Only a scheduled session can be moved; this one is "
                            + status.name().toLowerCase()
                            + ".");
        }
        setTimes(startsAt, endsAt);
        this.moved = true;
    }

    /**
     * @throws IllegalStateException when the session has already taken place
     */
    public void cancel(String reason) {
        if (status == SessionStatus.COMPLETED || status == SessionStatus.CANCELLED) {
            throw new IllegalStateException(
                    "This session is already " + status.name().toLowerCase() + ".");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
            throw new IllegalArgumentException(
                    "Say why the session is cancelled (at most 200 characters).");
        }
        this.status = SessionStatus.CANCELLED;
        this.cancelReason = reason.strip();
    }

    /**
     * The status as of now: scheduled sessions turn in progress at their start and completed at
     * their end.
     */
    public SessionStatus statusAt(Instant now) {
        return status.at(startsAt, endsAt, now);
    }

    /** The local day in the program's time zone on which the session starts. */
    public LocalDate localDay() {
        return ZonedDateTime.ofInstant(startsAt, group.getProgram().zone()).toLocalDate();
    }

    /** Whether the two sessions share any moment. */
    public boolean overlaps(Instant from, Instant to) {
        return startsAt.isBefore(to) && endsAt.isAfter(from);
    }

    public TherapyGroup getGroup() {
        return group;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public LocalDate getScheduledDay() {
        return scheduledDay;
    }

    public boolean isMoved() {
        return moved;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
