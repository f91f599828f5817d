package org.openiop.attendance.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A program's hours, group by group and member by member, for the ISO weeks starting on the given
 * Mondays. {@code currentMonday} marks the week still under way, whose status may yet change.
 */
public record HoursReport(
        UUID programId,
        String programName,
        int weeklyMinutes,
        int stepDownWeeks,
        List<LocalDate> mondays,
        LocalDate currentMonday,
        List<GroupHours> groups) {

    /** One group's members. */
    public record GroupHours(UUID groupId, String name, List<MemberHours> members) {

        public String getName() {
            return name;
        }

        public List<MemberHours> getMembers() {
            return members;
        }

        public UUID getGroupId() {
            return groupId;
        }
    }

    public String getProgramName() {
        return programName;
    }

    public List<GroupHours> getGroups() {
        return groups;
    }

    public List<LocalDate> getMondays() {
        return mondays;
    }

    public LocalDate getCurrentMonday() {
        return currentMonday;
    }

    public double getThresholdHours() {
        return weeklyMinutes / 60.0;
    }
}
