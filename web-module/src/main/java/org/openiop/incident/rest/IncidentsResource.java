package org.openiop.incident.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openiop.audit.entity.Actor;
import org.openiop.incident.boundary.Incidents;
import org.openiop.incident.entity.IncidentSummary;
import org.openiop.incident.rest.IncidentRequests.IncidentAssessmentBody;
import org.openiop.incident.rest.IncidentRequests.IncidentReportBody;
import org.openiop.incident.rest.IncidentViews.IncidentDetailView;
import org.openiop.incident.rest.IncidentViews.IncidentView;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.PathIds;
import org.openiop.security.web.Callers;

/**
 * {@code /api/incidents}: staff report incidents; the privacy officer reads, assesses and closes
 * them; auditors and program admins see them with their deadlines. Notes are returned only to the
 * privacy officer, on the single incident, and that read is audited.
 */
@Path("incidents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Role.Names.CLINICIAN,
    Role.Names.INTAKE,
    Role.Names.PROGRAM_ADMIN,
    Role.Names.AUDITOR,
    Role.Names.PRIVACY_OFFICER
})
public class IncidentsResource {

    @EJB Incidents incidents;

    @Context SecurityContext security;

    @GET
    public List<IncidentView> list(@QueryParam("all") boolean all) {
        Actor actor = Callers.of(security);
        List<IncidentSummary> found = all ? incidents.all(actor) : incidents.unresolved(actor);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return found.stream().map(i -> IncidentView.of(i, today)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "201",
            description = "The incident reported.",
            content = @Content(schema = @Schema(implementation = IncidentView.class)))
    public Response report(@Valid IncidentReportBody body) {
        IncidentSummary i =
                incidents.report(body.kind(), body.sessionId(), body.notes(), Callers.of(security));
        return Response.status(Response.Status.CREATED)
                .entity(IncidentView.of(i, LocalDate.now(ZoneOffset.UTC)))
                .build();
    }

    /** The incident with its audit events; the notes for the privacy officer only (audited). */
    @GET
    @Path("{id}")
    public IncidentDetailView one(@PathParam("id") String id) {
        Actor actor = Callers.of(security);
        IncidentSummary i = incidents.one(PathIds.of(id, "incident"), actor);
        String notes =
                actor.has(Role.PRIVACY_OFFICER) ? incidents.open(i.id(), actor).notes() : null;
        return IncidentDetailView.of(
                i, LocalDate.now(ZoneOffset.UTC), notes, incidents.events(i.id(), actor));
    }

    /**
     * {discoveredOn, nature, recipient, acquired, mitigation, breach, affected, residentsByState:
     * {"CA": 600}, part2}.
     */
    @PUT
    @Path("{id}/assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    public IncidentView assess(@PathParam("id") String id, @Valid IncidentAssessmentBody body) {
        if (body.discoveredOn() == null || body.affected() == null || body.breach() == null) {
            throw new Invalid(
                    "Send discoveredOn (yyyy-mm-dd), the four factors (nature, recipient, acquired,"
                            + " mitigation), breach (true or false) and affected (a number).",
                    Map.of("assessment", "incomplete"));
        }
        Incidents.Assessment a =
                new Incidents.Assessment(
                        body.discoveredOn(),
                        body.nature(),
                        body.recipient(),
                        body.acquired(),
                        body.mitigation(),
                        body.breach(),
                        body.affected(),
                        body.residentsByState() == null ? Map.of() : body.residentsByState(),
                        body.part2() == null || body.part2());
        IncidentSummary i = incidents.assess(PathIds.of(id, "incident"), a, Callers.of(security));
        return IncidentView.of(i, LocalDate.now(ZoneOffset.UTC));
    }

    @POST
    @Path("{id}/closure")
    public IncidentView close(@PathParam("id") String id) {
        IncidentSummary i = incidents.close(PathIds.of(id, "incident"), Callers.of(security));
        return IncidentView.of(i, LocalDate.now(ZoneOffset.UTC));
    }
}
