package org.openiop.program.boundary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.openiop.program.entity.TherapyGroup;

/**
 * What a program admin says about a group. A null capacity means 12. The schedule is optional: with
 * no days, the group meets only in sessions added one by one.
 */
public record GroupForm(
        String name,
        Integer capacity,
        String videoPlugin,
        List<String> facilitators,
        Set<DayOfWeek> days,
        LocalTime startsAt,
        LocalTime endsAt,
        LocalDate scheduleFrom,
        LocalDate scheduleUntil) {

    /** The capacity a group takes when the form gives none. */
    public static final int DEFAULT_CAPACITY = TherapyGroup.DEFAULT_CAPACITY;

    public boolean hasSchedule() {
        return days != null && !days.isEmpty();
    }
}
