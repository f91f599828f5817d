package org.openiop.program.rest;

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
import java.time.LocalDate;
import org.openiop.audit.entity.Actor;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.JsonFields;
import org.openiop.platform.rest.PathIds;
import org.openiop.program.boundary.GroupForm;
import org.openiop.program.boundary.Groups;
import org.openiop.program.boundary.Scheduled;
import org.openiop.program.boundary.Sessions;
import org.openiop.program.entity.Member;
import org.openiop.program.entity.Membership;
import org.openiop.program.entity.TherapyGroup;
import org.openiop.program.entity.WeeklySchedule;
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
    public String mine() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        groups.of(Callers.of(security)).forEach(g -> list.add(json(g)));
        return list.build().toString();
    }

    @GET
    @Path("{id}")
    public String one(@PathParam("id") String id) {
        return json(groups.visible(PathIds.of(id, "group"), Callers.of(security)))
                .build()
                .toString();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public String update(@PathParam("id") String id, JsonObject body) {
        Scheduled s = groups.update(PathIds.of(id, "group"), form(body), Callers.of(security));
        return scheduled(s).add("group", json(s.group())).build().toString();
    }

    @GET
    @Path("{id}/members")
    public String members(@PathParam("id") String id, @QueryParam("on") String on) {
        LocalDate day =
                on == null || on.isBlank()
                        ? null
                        : JsonFields.of(Json.createObjectBuilder().add("on", on).build())
                                .date("on");
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Member m : groups.roster(PathIds.of(id, "group"), day, Callers.of(security))) {
            JsonObjectBuilder json =
                    Json.createObjectBuilder()
                            .add("membershipId", m.membershipId().toString())
                            .add("participantId", m.participantId().toString())
                            .add("pseudonym", JsonFields.orNull(m.pseudonym()))
                            .add("startsOn", m.startsOn().toString())
                            .add("discharged", m.discharged());
            if (m.endsOn() != null) {
                json.add("endsOn", m.endsOn().toString());
            }
            list.add(json);
        }
        return list.build().toString();
    }

    @POST
    @Path("{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addMember(@PathParam("id") String id, JsonObject body) {
        JsonFields f = JsonFields.of(body);
        Membership m =
                groups.addMember(
                        PathIds.of(id, "group"),
                        f.uuid("participantId"),
                        f.date("startsOn"),
                        f.date("endsOn"),
                        Callers.of(security));
        return Response.status(Response.Status.CREATED)
                .entity(
                        Json.createObjectBuilder()
                                .add("membershipId", m.getId().toString())
                                .add("startsOn", m.getStartsOn().toString())
                                .build()
                                .toString())
                .build();
    }

    @PUT
    @Path("{id}/members/{membership}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response endMember(
            @PathParam("id") String id,
            @PathParam("membership") String membership,
            JsonObject body) {
        groups.endMember(
                PathIds.of(membership, "membership"),
                JsonFields.of(body).date("endsOn"),
                Callers.of(security));
        return Response.noContent().build();
    }

    /** The group's sessions overlapping [from, to) (instants; default the next 4 weeks). */
    @GET
    @Path("{id}/sessions")
    public String sessionsOf(
            @PathParam("id") String id,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Actor actor = Callers.of(security);
        TherapyGroup g = groups.visible(PathIds.of(id, "group"), actor);
        Instant[] window = SessionsResource.window(from, to);
        JsonArrayBuilder list = Json.createArrayBuilder();
        sessions.ofGroup(g.getId(), window[0], window[1])
                .forEach(s -> list.add(SessionsResource.json(s)));
        return list.build().toString();
    }

    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addSession(@PathParam("id") String id, JsonObject body) {
        JsonFields f = JsonFields.of(body);
        Scheduled s =
                sessions.add(
                        PathIds.of(id, "group"),
                        f.instant("startsAt"),
                        f.instant("endsAt"),
                        Callers.of(security));
        return Response.status(Response.Status.CREATED)
                .entity(scheduled(s).build().toString())
                .build();
    }

    static GroupForm form(JsonObject body) {
        JsonFields f = JsonFields.of(body);
        return new GroupForm(
                f.text("name"),
                f.integer("capacity"),
                f.text("videoPlugin"),
                f.texts("facilitators"),
                f.days("days"),
                f.time("startTime"),
                f.time("endTime"),
                f.date("scheduleFrom"),
                f.date("scheduleUntil"));
    }

    static JsonObjectBuilder scheduled(Scheduled s) {
        JsonArrayBuilder made = Json.createArrayBuilder();
        s.sessions().forEach(x -> made.add(SessionsResource.json(x)));
        JsonArrayBuilder warnings = Json.createArrayBuilder();
        s.warnings().forEach(warnings::add);
        return Json.createObjectBuilder().add("sessions", made).add("warnings", warnings);
    }

    static JsonObjectBuilder json(TherapyGroup g) {
        JsonArrayBuilder facilitators = Json.createArrayBuilder();
        g.getFacilitators().forEach(facilitators::add);
        JsonObjectBuilder json =
                Json.createObjectBuilder()
                        .add("id", g.getId().toString())
                        .add("name", g.getName())
                        .add("programId", g.getProgram().getId().toString())
                        .add("capacity", g.getCapacity())
                        .add("facilitators", facilitators);
        if (g.getVideoPlugin() != null) {
            json.add("videoPlugin", g.getVideoPlugin());
        }
        WeeklySchedule s = g.getSchedule();
        if (s != null) {
            JsonArrayBuilder days = Json.createArrayBuilder();
            s.weekdays().forEach(d -> days.add(d.name().substring(0, 3)));
            JsonObjectBuilder schedule =
                    Json.createObjectBuilder()
                            .add("days", days)
                            .add("startTime", s.getStart().toString())
                            .add("endTime", s.getEnd().toString())
                            .add("from", s.getFrom().toString());
            if (s.getUntil() != null) {
                schedule.add("until", s.getUntil().toString());
            }
            json.add("schedule", schedule);
        }
        return json;
    }
}
