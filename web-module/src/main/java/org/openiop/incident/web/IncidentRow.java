package org.openiop.incident.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.openiop.incident.entity.BreachDeadlines;
import org.openiop.incident.entity.IncidentSummary;

/**
 * An incident as lists show it, with the countdown to the individuals' notice when it is a breach.
 */
public record IncidentRow(IncidentSummary incident, BreachDeadlines deadlines, long daysLeft) {

    static IncidentRow of(IncidentSummary i, LocalDate today) {
        BreachDeadlines d = i.deadlines();
        return new IncidentRow(
                i, d, d == null ? 0 : ChronoUnit.DAYS.between(today, d.individuals()));
    }

    public IncidentSummary getIncident() {
        return incident;
    }

    public boolean isBreach() {
        return deadlines != null;
    }

    public String getIndividualsDue() {
        return deadlines == null ? "" : deadlines.individuals().toString();
    }

    public String getHhsDue() {
        return deadlines == null ? "" : deadlines.hhs().toString();
    }

    public boolean isHhsWithIndividuals() {
        return deadlines != null && deadlines.hhsWithIndividuals();
    }

    public String getMedia() {
        return deadlines == null
                ? ""
                : deadlines.media().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("");
    }

    public long getDaysLeft() {
        return daysLeft;
    }

    public boolean isOverdue() {
        return deadlines != null && daysLeft < 0;
    }
}
