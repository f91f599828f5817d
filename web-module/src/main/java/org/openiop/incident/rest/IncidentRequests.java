package org.openiop.incident.rest;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.openiop.incident.entity.IncidentKind;
import org.openiop.platform.rest.MaxLength;

/**
 * What the incident API takes. The limits here keep an oversized body out; the boundary's own rules
 * (notes of at most 2000 characters after trimming, all four factors, known state codes) answer in
 * its own words.
 */
public final class IncidentRequests {

    private IncidentRequests() {}

    /** A report, by staff or a participant: what happened, optionally in which session, and how. */
    public record IncidentReportBody(
            IncidentKind kind, UUID sessionId, @MaxLength(4000) String notes) {}

    /**
     * The privacy officer's assessment: the date of discovery, the four factors of 45 CFR
     * 164.402(2), whether it is a breach, how many are affected and how many of them live in each
     * State ({@code {"CA": 600}}), and whether Part 2 records are involved (true when absent). The
     * four factors are sealed together in one column, hence their size.
     */
    public record IncidentAssessmentBody(
            LocalDate discoveredOn,
            @MaxLength(1000) String nature,
            @MaxLength(1000) String recipient,
            @MaxLength(1000) String acquired,
            @MaxLength(1000) String mitigation,
            Boolean breach,
            Integer affected,
            Map<String, Integer> residentsByState,
            Boolean part2) {}
}
