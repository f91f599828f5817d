package org.openiop.incident.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openiop.platform.entity.UsJurisdictions;
import org.openiop.platform.entity.Versioned;

/**
 * Something that went wrong with privacy or with a session, and the privacy officer's assessment of
 * it: the date of discovery, the four-factor risk assessment of 45 CFR 164.402(2), whether it is a
 * breach, how many people (and how many in each State) are affected, and whether Part 2 records are
 * involved (42 CFR 2.16 applies the same notices). Free text is sealed (it may name people); the
 * column only holds ciphertext.
 */
@Entity
@Table(name = "incident")
@NamedQuery(
        name = Incident.OPEN,
        query =
                "select i from Incident i where i.status <>"
                        + " org.openiop.incident.entity.IncidentStatus.CLOSED order by i.reportedAt"
                        + " desc")
@NamedQuery(name = Incident.ALL, query = "select i from Incident i order by i.reportedAt desc")
@NamedQuery(
        name = Incident.BY_TARGET,
        query =
                "select i from Incident i where i.linkedTarget = :target and i.kind = :kind "
                        + "and i.status <> org.openiop.incident.entity.IncidentStatus.CLOSED")
public class Incident extends Versioned {

    public static final String OPEN = "Incident.open";
    public static final String ALL = "Incident.all";
    public static final String BY_TARGET = "Incident.byTarget";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private IncidentKind kind;

    @Column(name = "session_id")
    private UUID sessionId;

    @Column(name = "linked_target", length = 200)
    private String linkedTarget;

    @Column(name = "reported_by", nullable = false, length = 80)
    private String reportedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "reporter_role", nullable = false, length = 12)
    private ReporterRole reporterRole;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "sealed_notes", length = 8000)
    private String sealedNotes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private IncidentStatus status;

    @Column(name = "discovered_on", nullable = false)
    private LocalDate discoveredOn;

    @Column(nullable = false)
    private boolean part2;

    @Column(name = "sealed_risk", length = 8000)
    private String sealedRisk;

    private Boolean breach;

    private Integer affected;

    @Column(length = 1000)
    private String residents;

    @Column(name = "assessed_by", length = 80)
    private String assessedBy;

    @Column(name = "assessed_at")
    private Instant assessedAt;

    @Column(name = "closed_by", length = 80)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected Incident() {
        // for JPA
    }

    /**
     * A new report; the date of discovery starts as the day it was reported (the officer may
     * correct it).
     */
    public Incident(
            IncidentKind kind,
            UUID sessionId,
            String linkedTarget,
            String reportedBy,
            ReporterRole role,
            Instant at,
            LocalDate discoveredOn) {
        newId();
        this.kind = Objects.requireNonNull(kind, "Choose what happened.");
        this.sessionId = sessionId;
        this.linkedTarget = linkedTarget;
        this.reportedBy = Objects.requireNonNull(reportedBy);
        this.reporterRole = Objects.requireNonNull(role);
        this.reportedAt = Objects.requireNonNull(at);
        this.discoveredOn = Objects.requireNonNull(discoveredOn);
        this.status = IncidentStatus.OPEN;
        // A group of an IOP for substance use keeps Part 2 records unless the officer says
        // otherwise.
        this.part2 = true;
    }

    /** The report's free text, already sealed; set once, when it is made. */
    public void attachNotes(String sealed) {
        if (this.sealedNotes != null) {
            throw new IllegalStateException("A report's notes are kept as they were given.");
        }
        this.sealedNotes = Objects.requireNonNull(sealed);
    }

    /**
     * Records the assessment.
     *
     * @throws IllegalArgumentException naming what to fix: discovery in the future or before the
     *     report's session could have happened, a negative count, residents that add up to more
     *     than the affected, an unknown State code
     */
    public void assess(
            LocalDate discovered,
            String sealedRiskAssessment,
            boolean isBreach,
            int affectedPeople,
            Map<String, Integer> residentsByState,
            boolean part2Records,
            String by,
            Instant at) {
        Objects.requireNonNull(discovered, "Give the date of discovery.");
        if (discovered.isAfter(LocalDate.ofInstant(at, java.time.ZoneOffset.UTC).plusDays(1))) {
            throw new IllegalArgumentException("The date of discovery cannot be in the future.");
        }
        if (sealedRiskAssessment == null) {
            throw new IllegalArgumentException(
                    "Record the four factors of the risk assessment (45 CFR 164.402).");
        }
        residentsByState
                .keySet()
                .forEach(
                        state -> {
                            if (!UsJurisdictions.isCode(state)) {
                                throw new IllegalArgumentException(
                                        "\"" + state + "\" is not a US state or territory code.");
                            }
                        });
        BreachDeadlines.of(discovered, affectedPeople, residentsByState); // checks the counts
        if (status == IncidentStatus.CLOSED) {
            throw new IllegalStateException("This incident is closed.");
        }
        this.discoveredOn = discovered;
        this.sealedRisk = sealedRiskAssessment;
        this.breach = isBreach;
        this.affected = affectedPeople;
        this.residents =
                residentsByState.entrySet().stream()
                        .map(e -> e.getKey().toUpperCase(Locale.ROOT) + "=" + e.getValue())
                        .sorted()
                        .collect(Collectors.joining(","));
        this.part2 = part2Records;
        this.assessedBy = Objects.requireNonNull(by);
        this.assessedAt = at;
        this.status = IncidentStatus.ASSESSED;
    }

    public void close(String by, Instant at) {
        if (status == IncidentStatus.OPEN) {
            throw new IllegalStateException("Assess the incident before closing it.");
        }
        this.status = IncidentStatus.CLOSED;
        this.closedBy = Objects.requireNonNull(by);
        this.closedAt = Objects.requireNonNull(at);
    }

    /** The notice deadlines, once it is assessed as a breach; null otherwise. */
    public BreachDeadlines deadlines() {
        return Boolean.TRUE.equals(breach)
                ? BreachDeadlines.of(discoveredOn, affected, getResidentsByState())
                : null;
    }

    public Map<String, Integer> getResidentsByState() {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (residents != null && !residents.isBlank()) {
            for (String pair : residents.split(",")) {
                String[] kv = pair.split("=");
                out.put(kv[0], Integer.valueOf(kv[1]));
            }
        }
        return out;
    }

    public IncidentKind getKind() {
        return kind;
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public String getLinkedTarget() {
        return linkedTarget;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public ReporterRole getReporterRole() {
        return reporterRole;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getSealedNotes() {
        return sealedNotes;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public LocalDate getDiscoveredOn() {
        return discoveredOn;
    }

    public boolean isPart2() {
        return part2;
    }

    public String getSealedRisk() {
        return sealedRisk;
    }

    public Boolean getBreach() {
        return breach;
    }

    public Integer getAffected() {
        return affected;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
