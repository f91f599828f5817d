package org.openiop.program.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.openiop.platform.entity.Versioned;

/**
 * A participant's place in a group from a first day to an optional last day, both in the program's
 * calendar. The participant is named only by their opaque id.
 */
@Entity
@Table(name = "membership")
@NamedQuery(
        name = Membership.OF_GROUP,
        query = "select m from Membership m where m.group.id = :group order by m.startsOn")
@NamedQuery(
        name = Membership.OF_PARTICIPANT,
        query =
                "select m from Membership m where m.participantId = :participant order by"
                        + " m.startsOn")
@NamedQuery(
        name = Membership.OF_PROGRAM,
        query =
                "select m from Membership m where m.group.program.id = :program and m.startsOn <="
                        + " :to and (m.endsOn is null or m.endsOn >= :from)")
public class Membership extends Versioned {

    public static final String OF_GROUP = "Membership.ofGroup";
    public static final String OF_PARTICIPANT = "Membership.ofParticipant";
    public static final String OF_PROGRAM = "Membership.ofProgram";

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id")
    private TherapyGroup group;

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "added_by", nullable = false, length = 80)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Membership() {
        // for JPA
    }

    /**
     * @throws IllegalArgumentException when the dates are reversed or fall outside the program's
     *     own dates (a member cannot belong before the program opens or after it closes)
     */
    public Membership(
            TherapyGroup group,
            UUID participantId,
            LocalDate startsOn,
            LocalDate endsOn,
            String addedBy,
            Instant addedAt) {
        newId();
        this.group = Objects.requireNonNull(group);
        this.participantId = Objects.requireNonNull(participantId);
        this.addedBy = Objects.requireNonNull(addedBy);
        this.addedAt = Objects.requireNonNull(addedAt);
        setDates(startsOn, endsOn);
    }

    /**
     * @throws IllegalArgumentException as for a new membership
     */
    public void setDates(LocalDate startsOn, LocalDate endsOn) {
        Objects.requireNonNull(startsOn, "Give the membership's first day.");
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("A membership cannot end before it starts.");
        }
        Program program = group.getProgram();
        // An open membership simply ends with the program.
        if (startsOn.isBefore(program.getStartsOn())
                || program.getEndsOn() != null
                        && (startsOn.isAfter(program.getEndsOn())
                                || endsOn != null && endsOn.isAfter(program.getEndsOn()))) {
            throw new IllegalArgumentException(
                    "A membership must fall within the program's dates ("
                            + program.getStartsOn()
                            + " to "
                            + (program.getEndsOn() == null ? "open" : program.getEndsOn())
                            + ").");
        }
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /** Whether the participant belongs on that day (in the program's calendar). */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    /**
     * Whether this membership shares at least one day with {@code from}..{@code to} (to may be
     * null: open).
     */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !startsOn.isAfter(to)) && (endsOn == null || !endsOn.isBefore(from));
    }

    public TherapyGroup getGroup() {
        return group;
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
