package org.openiop.incident.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.incident.entity.BreachDeadlines;
import org.openiop.incident.entity.IncidentKind;
import org.openiop.incident.entity.IncidentStatus;
import org.openiop.incident.entity.IncidentSummary;
import org.openiop.incident.entity.ReporterRole;

/**
 * What the incident API answers with. Staff see what, when, status, the assessment's conclusions
 * and the deadlines, never the notes except the privacy officer on the single incident; a
 * participant sees only the status of their own reports, not what they wrote.
 */
public final class IncidentViews {

    private IncidentViews() {}

    /**
     * An incident for staff. {@code breach}, {@code affected} and {@code residentsByState} are null
     * until it is assessed; {@code deadlines} is null unless it was assessed as a breach.
     */
    public record IncidentView(
            UUID id,
            IncidentKind kind,
            IncidentStatus status,
            Instant reportedAt,
            ReporterRole reporter,
            LocalDate discoveredOn,
            UUID sessionId,
            boolean part2,
            Boolean breach,
            Integer affected,
            Map<String, Integer> residentsByState,
            IncidentDeadlinesView deadlines) {

        /**
         * @param today the day {@code daysLeftForIndividuals} counts from
         */
        static IncidentView of(IncidentSummary i, LocalDate today) {
            boolean assessed = i.breach() != null;
            return new IncidentView(
                    i.id(),
                    i.kind(),
                    i.status(),
                    i.reportedAt(),
                    i.reporterRole(),
                    i.discoveredOn(),
                    i.sessionId(),
                    i.part2(),
                    i.breach(),
                    assessed ? i.affected() : null,
                    assessed ? i.residentsByState() : null,
                    IncidentDeadlinesView.of(i.deadlines(), today));
        }
    }

    /**
     * The single incident: as in the list, with what the report says ({@code notes}, for the
     * privacy officer only, null for anyone else) and the audit events about it.
     */
    public record IncidentDetailView(
            UUID id,
            IncidentKind kind,
            IncidentStatus status,
            Instant reportedAt,
            ReporterRole reporter,
            LocalDate discoveredOn,
            UUID sessionId,
            boolean part2,
            Boolean breach,
            Integer affected,
            Map<String, Integer> residentsByState,
            IncidentDeadlinesView deadlines,
            String notes,
            List<IncidentEventView> events) {

        static IncidentDetailView of(
                IncidentSummary i, LocalDate today, String notes, List<AuditRecord> events) {
            IncidentView v = IncidentView.of(i, today);
            return new IncidentDetailView(
                    v.id(),
                    v.kind(),
                    v.status(),
                    v.reportedAt(),
                    v.reporter(),
                    v.discoveredOn(),
                    v.sessionId(),
                    v.part2(),
                    v.breach(),
                    v.affected(),
                    v.residentsByState(),
                    v.deadlines(),
                    notes,
                    events.stream().map(IncidentEventView::of).toList());
        }
    }

    /**
     * When the notices are due (45 CFR 164.404-408): {@code media} by State with more than 500
     * residents affected.
     */
    public record IncidentDeadlinesView(
            LocalDate individuals,
            LocalDate hhs,
            boolean hhsWithIndividuals,
            Map<String, LocalDate> media,
            long daysLeftForIndividuals) {

        static IncidentDeadlinesView of(BreachDeadlines d, LocalDate today) {
            return d == null
                    ? null
                    : new IncidentDeadlinesView(
                            d.individuals(),
                            d.hhs(),
                            d.hhsWithIndividuals(),
                            d.media(),
                            ChronoUnit.DAYS.between(today, d.individuals()));
        }
    }

    /** An audit event about the incident or what it concerns: who did what, when. */
    public record IncidentEventView(Instant at, String actor, String action) {

        static IncidentEventView of(AuditRecord e) {
            return new IncidentEventView(e.occurredAt(), e.actor(), e.action());
        }
    }

    /** A participant's own report: what kind, its status, when. */
    public record MyIncidentView(
            UUID id, IncidentKind kind, IncidentStatus status, Instant reportedAt) {

        static MyIncidentView of(IncidentSummary i) {
            return new MyIncidentView(i.id(), i.kind(), i.status(), i.reportedAt());
        }
    }
}
