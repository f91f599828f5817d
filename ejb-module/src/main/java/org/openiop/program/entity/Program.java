package org.openiop.program.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.openiop.platform.entity.UsJurisdictions;
import org.openiop.platform.entity.Versioned;

/**
 * A treatment program: a named schedule at one level of care, in one time zone, that runs from a
 * start date until it is closed. Names carry no participant data; they are shown to staff only. Its
 * weekly threshold and step-down allowance drive the hour ledger; they are per program because
 * payers and the ASAM Criteria (4th edition) differ.
 */
@Entity
@Table(name = "program")
@NamedQuery(name = Program.ALL, query = "select p from Program p order by p.name")
@NamedQuery(
        name = Program.OVERLAPPING,
        query =
                "select p from Program p where p.startsOn <= :to and (p.endsOn is null or p.endsOn"
                        + " >= :from) order by p.name")
public class Program extends Versioned {

    public static final String ALL = "Program.all";
    public static final String OVERLAPPING = "Program.overlapping";
    static final int NAME_MAX = 120;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", nullable = false, length = 12)
    private AgeBand ageBand = AgeBand.ADULT;

    @Column(name = "weekly_minutes", nullable = false)
    private int weeklyMinutes;

    @Column(name = "step_down_weeks", nullable = false)
    private int stepDownWeeks = 2;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "program_state", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "jurisdiction", length = 2)
    private Set<String> states = new TreeSet<>();

    /** Plugins switched on or off for this program; an active plugin without an entry is on. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "program_plugin", joinColumns = @JoinColumn(name = "program_id"))
    @MapKeyColumn(name = "plugin_id", length = 64)
    @Column(name = "enabled", nullable = false)
    private Map<String, Boolean> pluginSwitches = new HashMap<>();

    protected Program() {
        // for JPA
    }

    /**
     * @throws IllegalArgumentException when the name is blank or too long, the time zone is not an
     *     IANA zone id, or the program would end before it starts
     */
    public Program(
            String name,
            LevelOfCare levelOfCare,
            String timeZone,
            LocalDate startsOn,
            LocalDate endsOn) {
        newId();
        this.name = requireName(name);
        this.levelOfCare = Objects.requireNonNull(levelOfCare, "A program needs a level of care.");
        this.timeZone = requireZone(timeZone);
        this.startsOn = Objects.requireNonNull(startsOn, "A program needs a start date.");
        this.endsOn = requireEnd(startsOn, endsOn);
        this.weeklyMinutes = HourThresholds.defaultMinutes(levelOfCare, AgeBand.ADULT);
    }

    /** Renames the program or changes its dates; the same rules as for a new program apply. */
    public void describe(
            String name,
            LevelOfCare levelOfCare,
            AgeBand ageBand,
            String timeZone,
            LocalDate startsOn,
            LocalDate endsOn) {
        String checkedName = requireName(name);
        String checkedZone = requireZone(timeZone);
        Objects.requireNonNull(startsOn, "A program needs a start date.");
        LocalDate checkedEnd = requireEnd(startsOn, endsOn);
        this.levelOfCare = Objects.requireNonNull(levelOfCare, "A program needs a level of care.");
        this.ageBand = Objects.requireNonNull(ageBand, "A program needs an age band.");
        this.name = checkedName;
        this.timeZone = checkedZone;
        this.startsOn = startsOn;
        this.endsOn = checkedEnd;
    }

    private static LocalDate requireEnd(LocalDate startsOn, LocalDate endsOn) {
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException(
                    "A program cannot end (" + endsOn + ") before it starts (" + startsOn + ").");
        }
        return endsOn;
    }

    /**
     * Sets the weekly threshold and how many weeks below it count as an allowed step-down.
     *
     * @throws IllegalArgumentException when either is out of range
     */
    public void setHourRules(int weeklyMinutes, int stepDownWeeks) {
        if (weeklyMinutes < 0 || weeklyMinutes > 7 * 24 * 60) {
            throw new IllegalArgumentException(
                    "The weekly threshold must be between 0 and 168 hours.");
        }
        if (stepDownWeeks < 0 || stepDownWeeks > 52) {
            throw new IllegalArgumentException("Step-down weeks must be between 0 and 52.");
        }
        this.weeklyMinutes = weeklyMinutes;
        this.stepDownWeeks = stepDownWeeks;
    }

    /**
     * @throws IllegalArgumentException naming the first code that is not a US state or territory
     */
    public void operateIn(Collection<String> jurisdictions) {
        Set<String> checked = new TreeSet<>();
        for (String code : jurisdictions) {
            if (!UsJurisdictions.isCode(code)) {
                throw new IllegalArgumentException(
                        "'" + code + "' is not a US state or territory code.");
            }
            checked.add(code.toUpperCase(Locale.ROOT));
        }
        states.clear();
        states.addAll(checked);
    }

    /** Whether the program uses this plugin (every active plugin unless switched off). */
    public boolean usesPlugin(String pluginId) {
        return pluginSwitches.getOrDefault(pluginId, Boolean.TRUE);
    }

    /** The plugin switches as a copy: plugin id to on or off. */
    public Map<String, Boolean> pluginSwitches() {
        return Map.copyOf(pluginSwitches);
    }

    public void switchPlugin(String pluginId, boolean enabled) {
        if (pluginId == null || !pluginId.matches("[a-z0-9][a-z0-9.-]{0,63}")) {
            throw new IllegalArgumentException(
                    "A plugin id has lowercase letters, digits, dots and dashes.");
        }
        pluginSwitches.put(pluginId, enabled);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A program needs a name.");
        }
        String trimmed = name.strip();
        if (trimmed.length() > NAME_MAX) {
            throw new IllegalArgumentException(
                    "A program name has at most " + NAME_MAX + " characters.");
        }
        return trimmed;
    }

    private static String requireZone(String zone) {
        try {
            return ZoneId.of(Objects.requireNonNull(zone, "A program needs a time zone.")).getId();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "Unknown time zone '" + zone + "'; use an IANA id such as America/Chicago.");
        }
    }

    /** Whether the program is open on the given day (its own calendar day, in its time zone). */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    public String getName() {
        return name;
    }

    public LevelOfCare getLevelOfCare() {
        return levelOfCare;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public int getWeeklyMinutes() {
        return weeklyMinutes;
    }

    public int getStepDownWeeks() {
        return stepDownWeeks;
    }

    public Set<String> getStates() {
        return Set.copyOf(states);
    }
}
