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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openiop.attendance.boundary.Attendance;
import org.openiop.attendance.entity.SegmentSummary;
import org.openiop.audit.entity.Actor;
import org.openiop.join.boundary.Joins;
import org.openiop.licensing.boundary.SessionLicensing;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.PathIds;
import org.openiop.plugin.spi.Modality;
import org.openiop.program.boundary.Sessions;
import org.openiop.program.rest.ProgramRequests.AttendanceBody;
import org.openiop.program.rest.ProgramRequests.LicensingBody;
import org.openiop.program.rest.ProgramRequests.ReasonBody;
import org.openiop.program.rest.ProgramRequests.SessionTimesBody;
import org.openiop.program.rest.ProgramViews.LicensingAnswerView;
import org.openiop.program.rest.ProgramViews.LicensingDecisionView;
import org.openiop.program.rest.ProgramViews.LinkView;
import org.openiop.program.rest.ProgramViews.RosterView;
import org.openiop.program.rest.ProgramViews.ScheduledView;
import org.openiop.program.rest.ProgramViews.SegmentView;
import org.openiop.program.rest.ProgramViews.SessionView;
import org.openiop.security.web.Callers;

/** The calendar, single sessions (move, cancel) and their attendance. */
@Path("sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Role.Names.CLINICIAN,
    Role.Names.INTAKE,
    Role.Names.PROGRAM_ADMIN,
    Role.Names.AUDITOR,
    Role.Names.PRIVACY_OFFICER
})
public class SessionsResource {

    /** The longest window one calendar request may cover. */
    static final Duration MAX_WINDOW = Duration.ofDays(190);

    @EJB Sessions sessions;

    @EJB Attendance attendance;

    @EJB Joins joins;

    @EJB SessionLicensing licensing;

    @Context SecurityContext security;

    /**
     * Decides for each facilitator whether they may serve someone in {@code jurisdiction} by {@code
     * modality} on the session's day; every decision is stored with its inputs.
     */
    @POST
    @Path("{id}/licensing")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "201",
            description = "One decision per facilitator, each stored.",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations
                                                            .enums.SchemaType.ARRAY,
                                            implementation = LicensingAnswerView.class)))
    public Response decide(@PathParam("id") String id, @Valid LicensingBody body) {
        List<LicensingAnswerView> answers =
                licensing
                        .decideForSession(
                                PathIds.of(id, "session"),
                                body.jurisdiction(),
                                body.modality(),
                                Callers.of(security))
                        .stream()
                        .map(LicensingAnswerView::of)
                        .toList();
        return Response.status(Response.Status.CREATED).entity(answers).build();
    }

    /** The licensing decisions stored for the session, with their inputs and outcome. */
    @GET
    @Path("{id}/licensing")
    public List<LicensingDecisionView> decisions(@PathParam("id") String id) {
        return licensing.ofSession(PathIds.of(id, "session"), Callers.of(security)).stream()
                .map(LicensingDecisionView::of)
                .toList();
    }

    /**
     * The caller's calendar: sessions overlapping [from, to), by start (default: the next 4 weeks).
     */
    @GET
    public List<SessionView> calendar(
            @QueryParam("from") String from, @QueryParam("to") String to) {
        Instant[] w = window(from, to);
        return sessions.calendarSummaries(Callers.of(security), w[0], w[1]).stream()
                .map(SessionView::of)
                .toList();
    }

    @GET
    @Path("{id}")
    public SessionView one(@PathParam("id") String id) {
        return SessionView.of(
                sessions.visibleSummary(PathIds.of(id, "session"), Callers.of(security)));
    }

    /** Moves a session; the answer carries any facilitator double-booking warnings. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ScheduledView move(@PathParam("id") String id, @Valid SessionTimesBody body) {
        return ScheduledView.of(
                sessions.move(
                        PathIds.of(id, "session"),
                        body.startsAt(),
                        body.endsAt(),
                        Callers.of(security)),
                false);
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionView cancel(@PathParam("id") String id, @Valid ReasonBody body) {
        UUID session = PathIds.of(id, "session");
        Actor actor = Callers.of(security);
        sessions.cancel(session, body.reason(), actor);
        return SessionView.of(sessions.visibleSummary(session, actor));
    }

    /** The roster by pseudonym with each member's segments and credited minutes. */
    @GET
    @Path("{id}/attendance")
    public List<RosterView> attendanceOf(@PathParam("id") String id) {
        return attendance.roster(PathIds.of(id, "session"), Callers.of(security)).stream()
                .map(RosterView::of)
                .toList();
    }

    /**
     * The facilitator's own link into the room, with moderator rights; the browser goes there
     * directly.
     */
    @POST
    @Path("{id}/facilitator-link")
    public LinkView facilitatorLink(@PathParam("id") String id) {
        return new LinkView(
                joins.facilitate(PathIds.of(id, "session"), Callers.of(security)).toString());
    }

    @POST
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "201",
            description = "The entry recorded.",
            content = @Content(schema = @Schema(implementation = SegmentView.class)))
    public Response mark(@PathParam("id") String id, @Valid AttendanceBody body) {
        SegmentSummary a =
                attendance.mark(
                        PathIds.of(id, "session"),
                        body.participantId(),
                        body.joinedAt(),
                        body.leftAt(),
                        body.modality() == null ? Modality.VIDEO : body.modality(),
                        Callers.of(security));
        return Response.status(Response.Status.CREATED).entity(SegmentView.of(a)).build();
    }

    /** A correction: the segment stays on record as removed, with who and why. */
    @POST
    @Path("{id}/attendance/{segment}/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    public SegmentView remove(
            @PathParam("id") String id,
            @PathParam("segment") String segment,
            @Valid ReasonBody body) {
        return SegmentView.of(
                attendance.remove(
                        PathIds.of(segment, "attendance entry"),
                        body.reason(),
                        Callers.of(security)));
    }

    static Instant[] window(String from, String to) {
        Instant start;
        Instant end;
        try {
            start =
                    from == null || from.isBlank()
                            ? Clock.systemUTC().instant()
                            : Instant.parse(from);
            end = to == null || to.isBlank() ? start.plus(Duration.ofDays(28)) : Instant.parse(to);
        } catch (DateTimeParseException e) {
            throw new Invalid(
                    "'from' and 'to' are instants such as 2026-03-09T00:00:00Z.",
                    Map.of("from", "instant"));
        }
        if (!end.isAfter(start) || Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
            throw new Invalid(
                    "'to' must come after 'from', at most 190 days later.", Map.of("to", "range"));
        }
        return new Instant[] {start, end};
    }
}
