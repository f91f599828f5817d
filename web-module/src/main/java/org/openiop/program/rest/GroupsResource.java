package org.openiop.program.rest;

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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.PathIds;
import org.openiop.platform.rest.QueryValues;
import org.openiop.program.boundary.Groups;
import org.openiop.program.boundary.Scheduled;
import org.openiop.program.boundary.Sessions;
import org.openiop.program.entity.Member;
import org.openiop.program.rest.ProgramRequests.GroupBody;
import org.openiop.program.rest.ProgramRequests.MemberBody;
import org.openiop.program.rest.ProgramRequests.MemberEndBody;
import org.openiop.program.rest.ProgramRequests.SessionTimesBody;
import org.openiop.program.rest.ProgramViews.GroupView;
import org.openiop.program.rest.ProgramViews.MemberView;
import org.openiop.program.rest.ProgramViews.MembershipView;
import org.openiop.program.rest.ProgramViews.ScheduledView;
import org.openiop.program.rest.ProgramViews.SessionView;
import org.openiop.security.web.Callers;

/**
 * Groups, their members and their sessions. A clinician sees and runs the groups they facilitate;
 * program admins all of them. Members appear by pseudonym and opaque id only.
 */
@Path("groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Role.Names.CLINICIAN,
    Role.Names.INTAKE,
    Role.Names.PROGRAM_ADMIN,
    Role.Names.AUDITOR,
    Role.Names.PRIVACY_OFFICER
})
public class GroupsResource {

    @EJB Groups groups;

    @EJB Sessions sessions;

    @Context SecurityContext security;

    /** The caller's groups. */
    @GET
    public List<GroupView> mine() {
        return groups.summariesOf(Callers.of(security)).stream().map(GroupView::of).toList();
    }

    @GET
    @Path("{id}")
    public GroupView one(@PathParam("id") String id) {
        return GroupView.of(groups.visibleSummary(PathIds.of(id, "group"), Callers.of(security)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public ScheduledView update(@PathParam("id") String id, @Valid GroupBody body) {
        Scheduled s = groups.update(PathIds.of(id, "group"), body.toForm(), Callers.of(security));
        return ScheduledView.of(s, true);
    }

    /** The roster; on one day when {@code on} (yyyy-mm-dd) is given. */
    @GET
    @Path("{id}/members")
    public List<MemberView> members(@PathParam("id") String id, @QueryParam("on") String on) {
        return groups
                .roster(
                        PathIds.of(id, "group"),
                        QueryValues.date("on", on, null),
                        Callers.of(security))
                .stream()
                .map(MemberView::of)
                .toList();
    }

    @POST
    @Path("{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "201",
            description = "The membership made.",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    public Response addMember(@PathParam("id") String id, @Valid MemberBody body) {
        Member m =
                groups.addMember(
                        PathIds.of(id, "group"),
                        body.participantId(),
                        body.startsOn(),
                        body.endsOn(),
                        Callers.of(security));
        return Response.status(Response.Status.CREATED)
                .entity(new MembershipView(m.membershipId(), m.startsOn()))
                .build();
    }

    @PUT
    @Path("{id}/members/{membership}")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "The membership ends on that day.")
    public Response endMember(
            @PathParam("id") String id,
            @PathParam("membership") String membership,
            @Valid MemberEndBody body) {
        groups.endMember(PathIds.of(membership, "membership"), body.endsOn(), Callers.of(security));
        return Response.noContent().build();
    }

    /** The group's sessions overlapping [from, to) (instants; default the next 4 weeks). */
    @GET
    @Path("{id}/sessions")
    public List<SessionView> sessionsOf(
            @PathParam("id") String id,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        UUID group = PathIds.of(id, "group");
        Instant[] window = SessionsResource.window(from, to);
        return sessions.summariesOfGroup(group, window[0], window[1], Callers.of(security)).stream()
                .map(SessionView::of)
                .toList();
    }

    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "201",
            description = "The session made, with any facilitator double-bookings.",
            content = @Content(schema = @Schema(implementation = ScheduledView.class)))
    public Response addSession(@PathParam("id") String id, @Valid SessionTimesBody body) {
        Scheduled s =
                sessions.add(
                        PathIds.of(id, "group"),
                        body.startsAt(),
                        body.endsAt(),
                        Callers.of(security));
        return Response.status(Response.Status.CREATED).entity(ScheduledView.of(s, false)).build();
    }
}
