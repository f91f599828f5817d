package org.openiop.incident.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.incident.boundary.Incidents;
import org.openiop.incident.entity.IncidentSummary;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.web.PageMessages;
import org.openiop.security.web.SignedInUser;

/**
 * One incident: what was reported, the linked audit events, and for the privacy officer the notes
 * and the assessment form (date of discovery, the four factors of 45 CFR 164.402(2), breach or not,
 * how many affected and where they live, Part 2) with the deadlines that follow.
 */
@Named
@ViewScoped
public class IncidentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient Incidents incidents;

    @Inject SignedInUser user;

    private String id;
    private UUID incidentId;
    private transient IncidentSummary incident;
    private String notes;
    private LocalDate discovered;
    private String nature;
    private String recipient;
    private String acquired;
    private String mitigation;
    private boolean breach;
    private Integer affected;
    private String residents;
    private boolean part2 = true;

    public void load() {
        try {
            incidentId = UUID.fromString(id);
            incident = incidents.one(incidentId, user.actor());
            discovered = incident.discoveredOn();
            part2 = incident.part2();
            if (user.holds(Role.PRIVACY_OFFICER)) {
                Incidents.Opened opened = incidents.open(incidentId, user.actor());
                notes = opened.notes();
                if (opened.assessment() != null) {
                    Incidents.Assessment a = opened.assessment();
                    nature = a.nature();
                    recipient = a.recipient();
                    acquired = a.acquired();
                    mitigation = a.mitigation();
                    breach = a.breach();
                    affected = a.affected();
                    residents =
                            incident.residentsByState().entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue())
                                    .reduce((x, y) -> x + ", " + y)
                                    .orElse("");
                }
            }
        } catch (IllegalArgumentException | NullPointerException | RequestRefused e) {
            incidentId = null;
            // 404 like any incident that does not exist: one outside an admin's programs is not
            // confirmed either.
            jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .setResponseStatus(404);
            PageMessages.error(PageMessages.text("incident.notFound"));
        }
    }

    private IncidentSummary incident() {
        if (incident == null && incidentId != null) {
            incident = incidents.one(incidentId, user.actor());
        }
        return incident;
    }

    public void assess() {
        Map<String, Integer> byState = new LinkedHashMap<>();
        try {
            if (residents != null && !residents.isBlank()) {
                for (String pair : residents.split("[,;]")) {
                    String[] kv = pair.strip().split("\\s*[=:]\\s*");
                    byState.put(
                            kv[0].strip().toUpperCase(java.util.Locale.ROOT),
                            Integer.parseInt(kv[1].strip()));
                }
            }
        } catch (RuntimeException e) {
            PageMessages.error(PageMessages.text("incident.residents.invalid"));
            return;
        }
        try {
            incident =
                    incidents.assess(
                            incidentId,
                            new Incidents.Assessment(
                                    discovered,
                                    nature,
                                    recipient,
                                    acquired,
                                    mitigation,
                                    breach,
                                    affected == null ? 0 : affected,
                                    byState,
                                    part2),
                            user.actor());
            PageMessages.info(PageMessages.text("incident.assessed"));
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    public void close() {
        try {
            incident = incidents.close(incidentId, user.actor());
            PageMessages.info(PageMessages.text("incident.closed"));
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    public IncidentRow getRow() {
        return incident() == null
                ? null
                : IncidentRow.of(incident(), LocalDate.now(ZoneOffset.UTC));
    }

    /** A linked audit event as the page shows it (EL cannot read a record's components). */
    public record EventRow(String at, String actor, String action) {
        public String getAt() {
            return at;
        }

        public String getActor() {
            return actor;
        }

        public String getAction() {
            return action;
        }
    }

    public List<EventRow> getEvents() {
        if (incident() == null) {
            return List.of();
        }
        return incidents.events(incidentId, user.actor()).stream()
                .map(
                        (AuditRecord e) ->
                                new EventRow(e.occurredAt().toString(), e.actor(), e.action()))
                .toList();
    }

    public boolean isFound() {
        return incidentId != null;
    }

    public boolean isOfficer() {
        return user.holds(Role.PRIVACY_OFFICER);
    }

    public String getId() {
        return id;
    }

    public void setId(String v) {
        id = v;
    }

    public String getNotes() {
        return notes;
    }

    public LocalDate getDiscovered() {
        return discovered;
    }

    public void setDiscovered(LocalDate v) {
        discovered = v;
    }

    public String getNature() {
        return nature;
    }

    public void setNature(String v) {
        nature = v;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String v) {
        recipient = v;
    }

    public String getAcquired() {
        return acquired;
    }

    public void setAcquired(String v) {
        acquired = v;
    }

    public String getMitigation() {
        return mitigation;
    }

    public void setMitigation(String v) {
        mitigation = v;
    }

    public boolean isBreach() {
        return breach;
    }

    public void setBreach(boolean v) {
        breach = v;
    }

    public Integer getAffected() {
        return affected;
    }

    public void setAffected(Integer v) {
        affected = v;
    }

    public String getResidents() {
        return residents;
    }

    public void setResidents(String v) {
        residents = v;
    }

    public boolean isPart2() {
        return part2;
    }

    public void setPart2(boolean v) {
        part2 = v;
    }
}
