package org.openiop.incident.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.openiop.incident.boundary.Incidents;
import org.openiop.incident.entity.Incident;
import org.openiop.incident.entity.IncidentKind;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.JsonFields;
import org.openiop.security.web.Callers;

/**
 * {@code /api/me/incidents}: a participant reports something that went wrong (about one of their
 * own group's sessions, or none) and sees their reports' status. What they wrote is not sent back.
 */
@Path("me/incidents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PARTICIPANT)
public class MyIncidentsResource {

    @EJB Incidents incidents;

    @Context SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(JsonObject body) {
        JsonFields f = JsonFields.of(body);
        Incident i =
                incidents.report(
                        f.choice("kind", IncidentKind.class),
                        f.uuid("sessionId"),
                        f.text("notes"),
                        Callers.of(security));
        return Response.status(Response.Status.CREATED).entity(json(i).build().toString()).build();
    }

    @GET
    public String mine() {
        JsonArrayBuilder out = Json.createArrayBuilder();
        incidents.reportedBy(Callers.of(security)).forEach(i -> out.add(json(i)));
        return out.build().toString();
    }

    private static JsonObjectBuilder json(Incident i) {
        return Json.createObjectBuilder()
                .add("id", i.getId().toString())
                .add("kind", i.getKind().name())
                .add("status", i.getStatus().name())
                .add("reportedAt", i.getReportedAt().toString());
    }
}
