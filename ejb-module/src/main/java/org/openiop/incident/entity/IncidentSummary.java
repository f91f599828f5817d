package org.openiop.incident.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * An incident as lists, its page and the API show it: what, when, status and the assessment's
 * conclusions. {@code breach} is null until it is assessed; {@code deadlines} is null unless it was
 * assessed as a breach. Neither who reported it nor what the report says is here: the notes stay
 * sealed until the privacy officer opens them.
 */
public record IncidentSummary(
        UUID id,
        IncidentKind kind,
        IncidentStatus status,
        Instant reportedAt,
        ReporterRole reporterRole,
        LocalDate discoveredOn,
        UUID sessionId,
        boolean part2,
        Boolean breach,
        Integer affected,
        Map<String, Integer> residentsByState,
        BreachDeadlines deadlines) {

    public static IncidentSummary of(Incident i) {
        return new IncidentSummary(
                i.getId(),
                i.getKind(),
                i.getStatus(),
                i.getReportedAt(),
                i.getReporterRole(),
                i.getDiscoveredOn(),
                i.getSessionId(),
                i.isPart2(),
                i.getBreach(),
                i.getAffected(),
                i.getResidentsByState(),
                i.deadlines());
    }
}
