package org.openiop.program.entity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A program as pages, REST views and other components read it: its description, hour rules, the
 * states it operates in and its plugin switches. A copy, so nothing that holds it can change the
 * program or walk to its groups.
 */
public record ProgramSummary(
        UUID id,
        String name,
        LevelOfCare levelOfCare,
        String timeZone,
        LocalDate startsOn,
        LocalDate endsOn,
        AgeBand ageBand,
        int weeklyMinutes,
        int stepDownWeeks,
        Set<String> states,
        Map<String, Boolean> pluginSwitches) {

    public ProgramSummary {
        states = Set.copyOf(states);
        pluginSwitches = Map.copyOf(pluginSwitches);
    }

    public static ProgramSummary of(Program p) {
        return new ProgramSummary(
                p.getId(),
                p.getName(),
                p.getLevelOfCare(),
                p.getTimeZone(),
                p.getStartsOn(),
                p.getEndsOn(),
                p.getAgeBand(),
                p.getWeeklyMinutes(),
                p.getStepDownWeeks(),
                new TreeSet<>(p.getStates()),
                p.pluginSwitches());
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The states in alphabetical order, for lists and forms. */
    public Set<String> sortedStates() {
        return new TreeSet<>(states);
    }

    /** Whether the program uses this plugin (every active plugin unless switched off). */
    public boolean usesPlugin(String pluginId) {
        return pluginSwitches.getOrDefault(pluginId, Boolean.TRUE);
    }

    /** Whether the program is open on the given day (its own calendar day). */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }
}
