package org.openiop.join.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openiop.join.boundary.Joins;
import org.openiop.join.rest.JoinRequests.JoinAnswersBody;
import org.openiop.join.rest.JoinViews.JoinStopView;
import org.openiop.join.rest.JoinViews.JoinTicketView;
import org.openiop.join.rest.JoinViews.MyJoinStatusView;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.PathIds;
import org.openiop.security.web.Callers;

/**
 * {@code /api/me/sessions/{id}/join}: a participant's own join. GET says which gate stops them (if
 * any, before the questions) and what to pre-fill; POST answers the questions (where they are, the
 * re-affirmation, the camera) and gets either a ticket URL ({@code /portal/join/{ticket}}, once,
 * two minutes) or 422 naming the gate and what to do. Nothing here carries anyone's real identity.
 */
@Path("me/sessions/{id}/join")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PARTICIPANT)
public class MyJoinResource {

    @EJB Joins joins;

    @Context SecurityContext security;

    @GET
    public MyJoinStatusView status(@PathParam("id") String id) {
        return MyJoinStatusView.of(joins.status(PathIds.of(id, "session"), Callers.of(security)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "201",
            description = "Allowed: the ticket to open, once, before it expires.",
            content = @Content(schema = @Schema(implementation = JoinTicketView.class)))
    @APIResponse(
            responseCode = "422",
            description = "Stopped at a gate: which one, and what to do.",
            content = @Content(schema = @Schema(implementation = JoinStopView.class)))
    public Response join(@PathParam("id") String id, @Valid JoinAnswersBody body) {
        Joins.Answers answers =
                new Joins.Answers(
                        body.location(), Boolean.TRUE.equals(body.reaffirmed()), body.camera());
        Joins.Outcome outcome =
                joins.join(PathIds.of(id, "session"), answers, Callers.of(security));
        if (outcome instanceof Joins.Outcome.Ticket t) {
            return Response.status(Response.Status.CREATED).entity(JoinTicketView.of(t)).build();
        }
        Joins.Stop stop = ((Joins.Outcome.Stopped) outcome).stop();
        return Response.status(422)
                .type(MediaType.APPLICATION_JSON)
                .entity(JoinStopView.of(stop))
                .build();
    }
}
