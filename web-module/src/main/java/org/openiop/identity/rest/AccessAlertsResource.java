package org.openiop.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.openiop.identity.boundary.AccessAlerts;
import org.openiop.identity.entity.AccessAlert;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.Role;
import org.openiop.security.web.Callers;

/**
 * Open access alerts for the privacy officer: who opened how many identities or emergency views in
 * an hour.
 */
@Path("access-alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccessAlertsResource {

    @EJB AccessAlerts alerts;

    @Context SecurityContext security;

    @GET
    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public String open() {
        JsonArrayBuilder out = Json.createArrayBuilder();
        alerts.open(Callers.of(security)).forEach(a -> out.add(json(a)));
        return out.build().toString();
    }

    @POST
    @Path("{id}/acknowledgement")
    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public String acknowledge(@PathParam("id") String id) {
        UUID alert;
        try {
            alert = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("There is no access alert with that id.");
        }
        return json(alerts.acknowledge(alert, Callers.of(security))).build().toString();
    }

    static JsonObjectBuilder json(AccessAlert a) {
        JsonObjectBuilder json =
                Json.createObjectBuilder()
                        .add("id", a.getId().toString())
                        .add("staff", a.getStaff())
                        .add("kind", a.getKind().name())
                        .add("observed", a.getObserved())
                        .add("threshold", a.getThreshold())
                        .add("raisedAt", a.getRaisedAt().toString());
        if (a.getAcknowledgedAt() != null) {
            json.add("acknowledgedBy", a.getAcknowledgedBy())
                    .add("acknowledgedAt", a.getAcknowledgedAt().toString());
        }
        return json;
    }
}
