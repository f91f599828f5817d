package org.openiop.incident.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import org.openiop.incident.control.BreachDeadlines;
import org.openiop.incident.entity.Incident;
import org.openiop.platform.rest.JsonFields;

/**
 * An incident as JSON for staff: what, when, status, the assessment's conclusions and the
 * deadlines. Never the notes.
 */
final class IncidentJson {

    private IncidentJson() {}

    static JsonObjectBuilder of(Incident i, LocalDate today) {
        JsonObjectBuilder json =
                Json.createObjectBuilder()
                        .add("id", i.getId().toString())
                        .add("kind", i.getKind().name())
                        .add("status", i.getStatus().name())
                        .add("reportedAt", i.getReportedAt().toString())
                        .add("reporter", i.getReporterRole().name())
                        .add("discoveredOn", i.getDiscoveredOn().toString())
                        .add(
                                "sessionId",
                                JsonFields.orNull(
                                        i.getSessionId() == null
                                                ? null
                                                : i.getSessionId().toString()))
                        .add("part2", i.isPart2());
        if (i.getBreach() != null) {
            json.add("breach", i.getBreach()).add("affected", i.getAffected());
            JsonObjectBuilder residents = Json.createObjectBuilder();
            i.getResidentsByState().forEach(residents::add);
            json.add("residentsByState", residents);
        }
        BreachDeadlines d = i.deadlines();
        if (d != null) {
            JsonObjectBuilder media = Json.createObjectBuilder();
            d.media().forEach((state, due) -> media.add(state, due.toString()));
            json.add(
                    "deadlines",
                    Json.createObjectBuilder()
                            .add("individuals", d.individuals().toString())
                            .add("hhs", d.hhs().toString())
                            .add("hhsWithIndividuals", d.hhsWithIndividuals())
                            .add("media", media)
                            .add(
                                    "daysLeftForIndividuals",
                                    java.time.temporal.ChronoUnit.DAYS.between(
                                            today, d.individuals())));
        }
        return json;
    }
}
