package org.openiop.program.web;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.openiop.program.boundary.GroupForm;
import org.openiop.program.entity.GroupSummary;

/** The fields of a group form, shared by the program page (new group) and the group page. */
public class GroupInput implements Serializable {

    private static final long serialVersionUID = 1L;
    private String name;
    private Integer capacity = GroupForm.DEFAULT_CAPACITY;
    private String videoPlugin;
    private String facilitators;
    private List<String> days = new ArrayList<>();
    private LocalTime startTime;
    private LocalTime endTime;
    private LocalDate scheduleFrom = LocalDate.now();
    private LocalDate scheduleUntil;

    GroupForm toForm() {
        List<String> who =
                facilitators == null
                        ? List.of()
                        : Arrays.stream(facilitators.split("[,\\s]+"))
                                .filter(s -> !s.isBlank())
                                .toList();
        var weekdays = EnumSet.noneOf(DayOfWeek.class);
        days.forEach(d -> weekdays.add(DayOfWeek.valueOf(d)));
        return new GroupForm(
                name,
                capacity,
                videoPlugin,
                who,
                weekdays,
                startTime,
                endTime,
                scheduleFrom,
                scheduleUntil);
    }

    void from(GroupSummary g) {
        name = g.name();
        capacity = g.capacity();
        videoPlugin = g.videoPlugin();
        facilitators = String.join(", ", g.sortedFacilitators());
        if (g.hasSchedule()) {
            days = new ArrayList<>(g.sortedWeekdays().stream().map(Enum::name).toList());
            startTime = g.start();
            endTime = g.end();
            scheduleFrom = g.from();
            scheduleUntil = g.until();
        }
    }

    public DayOfWeek[] getWeekdays() {
        return DayOfWeek.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        name = v;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer v) {
        capacity = v;
    }

    public String getVideoPlugin() {
        return videoPlugin;
    }

    public void setVideoPlugin(String v) {
        videoPlugin = v;
    }

    public String getFacilitators() {
        return facilitators;
    }

    public void setFacilitators(String v) {
        facilitators = v;
    }

    public List<String> getDays() {
        return days;
    }

    public void setDays(List<String> v) {
        days = v;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime v) {
        startTime = v;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime v) {
        endTime = v;
    }

    public LocalDate getScheduleFrom() {
        return scheduleFrom;
    }

    public void setScheduleFrom(LocalDate v) {
        scheduleFrom = v;
    }

    public LocalDate getScheduleUntil() {
        return scheduleUntil;
    }

    public void setScheduleUntil(LocalDate v) {
        scheduleUntil = v;
    }
}
