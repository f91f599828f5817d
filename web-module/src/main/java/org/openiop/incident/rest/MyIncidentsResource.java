package org.openiop.incident.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openiop.incident.boundary.Incidents;
import org.openiop.incident.entity.IncidentSummary;
import org.openiop.incident.rest.IncidentRequests.IncidentReportBody;
import org.openiop.incident.rest.IncidentViews.MyIncidentView;
import org.openiop.platform.boundary.Role;
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
    @APIResponse(
            responseCode = "201",
            description = "The report made: its kind and status, not what it says.",
            content = @Content(schema = @Schema(implementation = MyIncidentView.class)))
    public Response report(@Valid IncidentReportBody body) {
        IncidentSummary i =
                incidents.report(body.kind(), body.sessionId(), body.notes(), Callers.of(security));
        return Response.status(Response.Status.CREATED).entity(MyIncidentView.of(i)).build();
    }

    @GET
    public List<MyIncidentView> mine() {
        return incidents.reportedBy(Callers.of(security)).stream().map(MyIncidentView::of).toList();
    }
}
