package org.openiop.program.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * A treatment program: a named schedule at one level of care, in one time zone, that runs from a
 * start date until it is closed. Names carry no participant data; they are shown to staff only.
 */
@Entity
@Table(name = "program")
@NamedQuery(name = Program.ALL, query = "select p from Program p order by p.name")
@NamedQuery(name = Program.OVERLAPPING,
        query = "select p from Program p where p.startsOn <= :to and (p.endsOn is null or p.endsOn >= :from) order by p.name")
public class Program {

    public static final String ALL = "Program.all";
    public static final String OVERLAPPING = "Program.overlapping";
    static final int NAME_MAX = 120;

    @Id
    private UUID id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_of_care", nullable = false, length = 20)
    private LevelOfCare levelOfCare;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Version
    private long version;

    protected Program() {
        // for JPA
    }

    /**
     * @throws IllegalArgumentException when the name is blank or too long, the time zone is not an
     *     IANA zone id, or the program would end before it starts
     */
    public Program(String name, LevelOfCare levelOfCare, String timeZone, LocalDate startsOn, LocalDate endsOn) {
        this.id = UUID.randomUUID();
        this.name = requireName(name);
        this.levelOfCare = Objects.requireNonNull(levelOfCare, "A program needs a level of care.");
        this.timeZone = requireZone(timeZone);
        this.startsOn = Objects.requireNonNull(startsOn, "A program needs a start date.");
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("A program cannot end (" + endsOn + ") before it starts (" + startsOn + ").");
        }
        this.endsOn = endsOn;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A program needs a name.");
        }
        String trimmed = name.strip();
        if (trimmed.length() > NAME_MAX) {
            throw new IllegalArgumentException("A program name has at most " + NAME_MAX + " characters.");
        }
        return trimmed;
    }

    private static String requireZone(String zone) {
        try {
            return ZoneId.of(Objects.requireNonNull(zone, "A program needs a time zone.")).getId();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Unknown time zone '" + zone + "'; use an IANA id such as America/Chicago.");
        }
    }

    /** Whether the program is open on the given day (its own calendar day, in its time zone). */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    public UUID getId() { return id; }
    public String getName() { return name; }
    public LevelOfCare getLevelOfCare() { return levelOfCare; }
    public String getTimeZone() { return timeZone; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
}
