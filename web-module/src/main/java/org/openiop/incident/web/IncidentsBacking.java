package org.openiop.incident.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.openiop.incident.boundary.Incidents;
import org.openiop.platform.boundary.Role;
import org.openiop.security.web.SignedInUser;

/** Open incidents with their countdowns: the incidents page and the console dashboard. */
@Named
@RequestScoped
public class IncidentsBacking {

    @EJB Incidents incidents;

    @Inject SignedInUser user;

    private List<IncidentRow> open;
    private List<IncidentRow> all;

    public boolean isOversight() {
        return user.holds(Role.PRIVACY_OFFICER, Role.AUDITOR, Role.PROGRAM_ADMIN);
    }

    public List<IncidentRow> getOpen() {
        if (open == null) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            open =
                    isOversight()
                            ? incidents.unresolved(user.actor()).stream()
                                    .map(i -> IncidentRow.of(i, today))
                                    .toList()
                            : List.of();
        }
        return open;
    }

    public List<IncidentRow> getAll() {
        if (all == null) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            all =
                    isOversight()
                            ? incidents.all(user.actor()).stream()
                                    .map(i -> IncidentRow.of(i, today))
                                    .toList()
                            : List.of();
        }
        return all;
    }
}
