package org.openiop.program.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.openiop.platform.entity.Versioned;

/**
 * A therapy group in a program: its facilitators (clinicians, by sign-in username), how many
 * members it takes, the video plugin its sessions use and its recurring schedule. Named
 * "therapy_group" in the database because GROUP is reserved in SQL.
 */
@Entity
@Table(name = "therapy_group")
@NamedQuery(
        name = TherapyGroup.OF_PROGRAM,
        query = "select g from TherapyGroup g where g.program.id = :program order by g.name")
@NamedQuery(
        name = TherapyGroup.FACILITATED_BY,
        query =
                "select g from TherapyGroup g where :clinician member of g.facilitators order by"
                        + " g.name")
@NamedQuery(name = TherapyGroup.ALL, query = "select g from TherapyGroup g order by g.name")
public class TherapyGroup extends Versioned {

    public static final String OF_PROGRAM = "TherapyGroup.ofProgram";
    public static final String FACILITATED_BY = "TherapyGroup.facilitatedBy";
    public static final String ALL = "TherapyGroup.all";
    public static final int DEFAULT_CAPACITY = 12;

    @ManyToOne(optional = false)
    @JoinColumn(name = "program_id")
    private Program program;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "video_plugin", length = 64)
    private String videoPlugin;

    @Embedded private WeeklySchedule schedule;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "group_facilitator", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "clinician", length = 80)
    private Set<String> facilitators = new TreeSet<>();

    protected TherapyGroup() {
        // for JPA
    }

    /**
     * @throws IllegalArgumentException with a message naming what to fix
     */
    public TherapyGroup(
            Program program,
            String name,
            int capacity,
            String videoPlugin,
            Collection<String> facilitators) {
        newId();
        this.program = Objects.requireNonNull(program, "A group belongs to a program.");
        describe(name, capacity, videoPlugin, facilitators);
    }

    /**
     * @throws IllegalArgumentException with a message naming what to fix
     */
    public void describe(
            String name, int capacity, String videoPlugin, Collection<String> facilitators) {
        if (name == null || name.isBlank() || name.strip().length() > 80) {
            throw new IllegalArgumentException("A group needs a name of at most 80 characters.");
        }
        if (capacity < 1 || capacity > 100) {
            throw new IllegalArgumentException("A group's capacity must be between 1 and 100.");
        }
        if (videoPlugin != null
                && !videoPlugin.isBlank()
                && !videoPlugin.strip().matches("[a-z0-9][a-z0-9.-]{0,63}")) {
            throw new IllegalArgumentException(
                    "A video plugin id has lowercase letters, digits, dots and dashes.");
        }
        Set<String> checked = new TreeSet<>();
        for (String clinician : facilitators) {
            if (clinician == null || !clinician.strip().matches("[A-Za-z0-9._@-]{1,80}")) {
                throw new IllegalArgumentException(
                        "Name each facilitator by their sign-in username.");
            }
            checked.add(clinician.strip());
        }
        this.name = name.strip();
        this.capacity = capacity;
        this.videoPlugin =
                videoPlugin == null || videoPlugin.isBlank() ? null : videoPlugin.strip();
        this.facilitators.clear();
        this.facilitators.addAll(checked);
    }

    public void reschedule(WeeklySchedule schedule) {
        this.schedule = schedule;
    }

    public boolean isFacilitatedBy(String clinician) {
        return facilitators.contains(clinician);
    }

    public Program getProgram() {
        return program;
    }

    public String getName() {
        return name;
    }

    public int getCapacity() {
        return capacity;
    }

    public String getVideoPlugin() {
        return videoPlugin;
    }

    public WeeklySchedule getSchedule() {
        return schedule;
    }

    public Set<String> getFacilitators() {
        return Set.copyOf(facilitators);
    }
}
