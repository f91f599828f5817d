package org.openiop.program.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.openiop.attendance.boundary.Attendance;
import org.openiop.attendance.entity.AttendanceSegment;
import org.openiop.attendance.entity.RosterEntry;
import org.openiop.audit.entity.Actor;
import org.openiop.join.boundary.Joins;
import org.openiop.join.entity.JoinAttempt;
import org.openiop.licensing.boundary.SessionLicensing;
import org.openiop.licensing.entity.RecordedDecision;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.JsonFields;
import org.openiop.platform.rest.PathIds;
import org.openiop.plugin.spi.Modality;
import org.openiop.program.boundary.Sessions;
import org.openiop.program.entity.GroupSession;
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
    public Response decide(@PathParam("id") String id, JsonObject body) {
        JsonFields f = JsonFields.of(body);
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (SessionLicensing.Answer a :
                licensing.decideForSession(
                        PathIds.of(id, "session"),
                        f.text("jurisdiction"),
                        f.choice("modality", Modality.class),
                        Callers.of(security))) {
            JsonArrayBuilder reasons = Json.createArrayBuilder();
            a.composed().decision().reasons().forEach(reasons::add);
            JsonArrayBuilder obligations = Json.createArrayBuilder();
            a.composed().decision().obligations().forEach(o -> obligations.add(o.code()));
            list.add(
                    Json.createObjectBuilder()
                            .add("clinician", a.clinician())
                            .add("verdict", a.verdict().name())
                            .add("reasons", reasons)
                            .add("obligations", obligations));
        }
        return Response.status(Response.Status.CREATED).entity(list.build().toString()).build();
    }

    /** The licensing decisions stored for the session, with their inputs and outcome. */
    @GET
    @Path("{id}/licensing")
    public String decisions(@PathParam("id") String id) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (RecordedDecision d :
                licensing.ofSession(PathIds.of(id, "session"), Callers.of(security))) {
            list.add(
                    Json.createObjectBuilder()
                            .add("clinician", d.getClinician())
                            .add("jurisdiction", d.getJurisdiction())
                            .add("modality", d.getModality().name())
                            .add("date", d.getOnDate().toString())
                            .add("verdict", d.getVerdict().name())
                            .add("decidedAt", d.getDecidedAt().toString())
                            .add("decidedBy", d.getDecidedBy())
                            .add(
                                    "inputs",
                                    Json.createReader(new StringReader(d.getInputs())).readObject())
                            .add(
                                    "outcome",
                                    Json.createReader(new StringReader(d.getOutcome()))
                                            .readObject()));
        }
        return list.build().toString();
    }

    /**
     * The caller's calendar: sessions overlapping [from, to), by start (default: the next 4 weeks).
     */
    @GET
    public String calendar(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant[] w = window(from, to);
        JsonArrayBuilder list = Json.createArrayBuilder();
        sessions.calendar(Callers.of(security), w[0], w[1]).forEach(s -> list.add(json(s)));
        return list.build().toString();
    }

    @GET
    @Path("{id}")
    public String one(@PathParam("id") String id) {
        GroupSession s = sessions.visible(PathIds.of(id, "session"), Callers.of(security));
        return json(s).build().toString();
    }

    /** Moves a session; the answer carries any facilitator double-booking warnings. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String move(@PathParam("id") String id, JsonObject body) {
        JsonFields f = JsonFields.of(body);
        return GroupsResource.scheduled(
                        sessions.move(
                                PathIds.of(id, "session"),
                                f.instant("startsAt"),
                                f.instant("endsAt"),
                                Callers.of(security)))
                .build()
                .toString();
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    public String cancel(@PathParam("id") String id, JsonObject body) {
        return json(sessions.cancel(
                        PathIds.of(id, "session"),
                        JsonFields.of(body).text("reason"),
                        Callers.of(security)))
                .build()
                .toString();
    }

    /** The roster by pseudonym with each member's segments and credited minutes. */
    @GET
    @Path("{id}/attendance")
    public String attendanceOf(@PathParam("id") String id) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (RosterEntry e : attendance.roster(PathIds.of(id, "session"), Callers.of(security))) {
            JsonArrayBuilder segments = Json.createArrayBuilder();
            e.segments().forEach(a -> segments.add(json(a)));
            list.add(
                    Json.createObjectBuilder()
                            .add("participantId", e.participantId().toString())
                            .add("pseudonym", JsonFields.orNull(e.pseudonym()))
                            .add("presence", e.presence().name())
                            .add("creditedMinutes", e.credited().toMinutes())
                            .add("segments", segments)
                            .add("lastJoin", lastJoin(e)));
        }
        return list.build().toString();
    }

    /**
     * Where the participant said they were, how they joined and the licensing verdict used, with
     * its obligations.
     */
    private static JsonValue lastJoin(RosterEntry e) {
        JoinAttempt a = e.lastJoin();
        if (a == null) {
            return JsonValue.NULL;
        }
        JsonArrayBuilder obligations = Json.createArrayBuilder();
        e.obligations().forEach(obligations::add);
        return Json.createObjectBuilder()
                .add("attemptId", a.getId().toString())
                .add("at", a.getAttemptedAt().toString())
                .add("placeOfService", a.getPlaceOfService())
                .add("camera", a.getCamera().name())
                .add("verdict", a.getVerdict().name())
                .add("reaffirmed", a.getReaffirmedAt() != null)
                .add("obligations", obligations)
                .build();
    }

    /**
     * The facilitator's own link into the room, with moderator rights; the browser goes there
     * directly.
     */
    @POST
    @Path("{id}/facilitator-link")
    public String facilitatorLink(@PathParam("id") String id) {
        return Json.createObjectBuilder()
                .add(
                        "url",
                        joins.facilitate(PathIds.of(id, "session"), Callers.of(security))
                                .toString())
                .build()
                .toString();
    }

    @POST
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response mark(@PathParam("id") String id, JsonObject body) {
        JsonFields f = JsonFields.of(body);
        Modality modality = f.choice("modality", Modality.class);
        AttendanceSegment a =
                attendance.mark(
                        PathIds.of(id, "session"),
                        f.uuid("participantId"),
                        f.instant("joinedAt"),
                        f.instant("leftAt"),
                        modality == null ? Modality.VIDEO : modality,
                        Callers.of(security));
        return Response.status(Response.Status.CREATED).entity(json(a).build().toString()).build();
    }

    /** A correction: the segment stays on record as removed, with who and why. */
    @POST
    @Path("{id}/attendance/{segment}/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    public String remove(
            @PathParam("id") String id, @PathParam("segment") String segment, JsonObject body) {
        Actor actor = Callers.of(security);
        return json(attendance.remove(
                        PathIds.of(segment, "attendance entry"),
                        JsonFields.of(body).text("reason"),
                        actor))
                .build()
                .toString();
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

    static JsonObjectBuilder json(GroupSession s) {
        JsonObjectBuilder json =
                Json.createObjectBuilder()
                        .add("id", s.getId().toString())
                        .add("groupId", s.getGroup().getId().toString())
                        .add("group", s.getGroup().getName())
                        .add("startsAt", s.getStartsAt().toString())
                        .add("endsAt", s.getEndsAt().toString())
                        .add(
                                "localStart",
                                s.getStartsAt()
                                        .atZone(s.getGroup().getProgram().zone())
                                        .toLocalDateTime()
                                        .toString())
                        .add("timeZone", s.getGroup().getProgram().getTimeZone())
                        .add("status", s.statusAt(Clock.systemUTC().instant()).name())
                        .add("moved", s.isMoved());
        if (s.getCancelReason() != null) {
            json.add("cancelReason", s.getCancelReason());
        }
        return json;
    }

    static JsonObjectBuilder json(AttendanceSegment a) {
        JsonObjectBuilder json =
                Json.createObjectBuilder()
                        .add("id", a.getId().toString())
                        .add("participantId", a.getParticipantId().toString())
                        .add("joinedAt", a.getJoinedAt().toString())
                        .add("leftAt", a.getLeftAt().toString())
                        .add("modality", a.getModality().name())
                        .add("source", a.getSource().name())
                        .add("recordedBy", a.getRecordedBy())
                        .add("removed", a.isVoided())
                        .add("open", a.isStillOpen())
                        .add("placeOfService", JsonFields.orNull(a.getPlaceOfService()));
        if (a.isVoided()) {
            json.add("removedBy", a.getVoidedBy()).add("removalReason", a.getVoidReason());
        }
        return json;
    }
}
