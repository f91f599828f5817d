package org.openiop.program.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.openiop.attendance.boundary.HourLedgers;
import org.openiop.attendance.control.HoursCsv;
import org.openiop.attendance.control.WeeklyLedger;
import org.openiop.attendance.entity.HoursReport;
import org.openiop.attendance.entity.MemberHours;
import org.openiop.licensing.boundary.SessionLicensing;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.JsonFields;
import org.openiop.platform.rest.PathIds;
import org.openiop.plugin.boundary.PluginRegistry;
import org.openiop.plugin.entity.PluginInfo;
import org.openiop.plugin.spi.Modality;
import org.openiop.program.boundary.GroupForm;
import org.openiop.program.boundary.Groups;
import org.openiop.program.boundary.ProgramForm;
import org.openiop.program.boundary.Programs;
import org.openiop.program.boundary.Scheduled;
import org.openiop.program.entity.AgeBand;
import org.openiop.program.entity.LevelOfCare;
import org.openiop.program.entity.Program;
import org.openiop.program.entity.ProgramAdmin;
import org.openiop.security.web.Callers;

/**
 * Programs for staff: program admins create and change them and their groups; staff read them and
 * their hours. Participants never see program names through the API.
 */
@Path("programs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Role.Names.CLINICIAN,
    Role.Names.INTAKE,
    Role.Names.PROGRAM_ADMIN,
    Role.Names.AUDITOR,
    Role.Names.PRIVACY_OFFICER
})
public class ProgramsResource {

    @EJB Programs programs;

    @EJB Groups groups;

    @EJB HourLedgers ledgers;

    @EJB PluginRegistry registry;

    @EJB SessionLicensing licensing;

    @Context SecurityContext security;

    @GET
    public String all() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        programs.all().forEach(p -> list.add(json(p)));
        return list.build().toString();
    }

    /** Programs open today in their own time zones. */
    @GET
    @Path("today")
    public String today() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        programs.runningToday(Clock.systemUTC()).forEach(p -> list.add(json(p)));
        return list.build().toString();
    }

    @GET
    @Path("{id}")
    public String one(@PathParam("id") String id) {
        return json(programs.find(PathIds.of(id, "program"))).build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public Response create(JsonObject body) {
        Program p = programs.create(form(body), Callers.of(security));
        return Response.status(Response.Status.CREATED).entity(json(p).build().toString()).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public String update(@PathParam("id") String id, JsonObject body) {
        return json(programs.update(PathIds.of(id, "program"), form(body), Callers.of(security)))
                .build()
                .toString();
    }

    @GET
    @Path("{id}/groups")
    public String groupsOf(@PathParam("id") String id) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        groups.ofProgram(programs.find(PathIds.of(id, "program")).getId())
                .forEach(g -> list.add(GroupsResource.json(g)));
        return list.build().toString();
    }

    /** Creates a group; the answer lists the sessions made and any facilitator double-bookings. */
    @POST
    @Path("{id}/groups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public Response createGroup(@PathParam("id") String id, JsonObject body) {
        GroupForm form = GroupsResource.form(body);
        Scheduled made = groups.create(PathIds.of(id, "program"), form, Callers.of(security));
        JsonObjectBuilder out =
                GroupsResource.scheduled(made).add("group", GroupsResource.json(made.group()));
        return Response.status(Response.Status.CREATED).entity(out.build().toString()).build();
    }

    /** Every plugin the registry knows, and whether this program uses it. */
    @GET
    @Path("{id}/plugins")
    public String plugins(@PathParam("id") String id) {
        Program program = programs.find(PathIds.of(id, "program"));
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (PluginInfo p : registry.list()) {
            list.add(
                    Json.createObjectBuilder()
                            .add("id", p.id())
                            .add("kind", String.valueOf(p.kind()))
                            .add("state", p.state().name())
                            .add("enabled", program.usesPlugin(p.id())));
        }
        return list.build().toString();
    }

    /**
     * {@code {"enabled": false}} switches a plugin off for this program; true switches it back on.
     */
    @PUT
    @Path("{id}/plugins/{plugin}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public Response switchPlugin(
            @PathParam("id") String id, @PathParam("plugin") String plugin, JsonObject body) {
        if (body == null
                || !body.containsKey("enabled")
                || body.get("enabled").getValueType() != jakarta.json.JsonValue.ValueType.TRUE
                        && body.get("enabled").getValueType()
                                != jakarta.json.JsonValue.ValueType.FALSE) {
            throw new Invalid(
                    "Send {\"enabled\": true} or {\"enabled\": false}.",
                    Map.of("enabled", "true or false"));
        }
        if (registry.list().stream().noneMatch(p -> p.id().equals(plugin))) {
            throw new NotFound("There is no plugin with the id '" + plugin + "'.");
        }
        programs.switchPlugin(
                PathIds.of(id, "program"),
                plugin,
                body.getBoolean("enabled"),
                Callers.of(security));
        return Response.noContent().build();
    }

    /** The program's administrators: who may change it. */
    @GET
    @Path("{id}/admins")
    public String admins(@PathParam("id") String id) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (ProgramAdmin a : programs.admins(PathIds.of(id, "program"))) {
            list.add(
                    Json.createObjectBuilder()
                            .add("username", a.getUsername())
                            .add("assignedBy", a.getAssignedBy())
                            .add("assignedAt", a.getAssignedAt().toString()));
        }
        return list.build().toString();
    }

    /**
     * {@code {"username": "..."}} makes another program admin an administrator of this program (its
     * administrators only).
     */
    @POST
    @Path("{id}/admins")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public Response assignAdmin(@PathParam("id") String id, JsonObject body) {
        String username = body == null ? null : body.getString("username", null);
        ProgramAdmin made =
                programs.assignAdmin(PathIds.of(id, "program"), username, Callers.of(security));
        return Response.status(Response.Status.CREATED)
                .entity(
                        Json.createObjectBuilder()
                                .add("username", made.getUsername())
                                .add("assignedBy", made.getAssignedBy())
                                .add("assignedAt", made.getAssignedAt().toString())
                                .build()
                                .toString())
                .build();
    }

    /** Ends an administrator's assignment; the last one stays. */
    @DELETE
    @Path("{id}/admins/{username}")
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public Response removeAdmin(
            @PathParam("id") String id, @PathParam("username") String username) {
        programs.removeAdmin(PathIds.of(id, "program"), username, Callers.of(security));
        return Response.noContent().build();
    }

    /**
     * Clinicians (facilitators of the program's groups) × the program's states, for a modality and
     * date.
     */
    @GET
    @Path("{id}/licensing-matrix")
    public String matrix(
            @PathParam("id") String id,
            @QueryParam("modality") String modality,
            @QueryParam("date") String date) {
        JsonFields q =
                JsonFields.of(
                        Json.createObjectBuilder()
                                .add("modality", modality == null ? "VIDEO" : modality)
                                .add("date", date == null ? LocalDate.now().toString() : date)
                                .build());
        JsonObjectBuilder rows = Json.createObjectBuilder();
        licensing
                .matrix(
                        PathIds.of(id, "program"),
                        q.choice("modality", Modality.class),
                        q.date("date"),
                        Callers.of(security))
                .forEach(
                        (clinician, row) -> {
                            JsonObjectBuilder cells = Json.createObjectBuilder();
                            row.forEach(
                                    (state, answer) -> cells.add(state, answer.verdict().name()));
                            rows.add(clinician, cells);
                        });
        return rows.build().toString();
    }

    /**
     * The hours report: weeks from {@code from}'s week to {@code to}'s week (default: the last 4).
     */
    @GET
    @Path("{id}/hours")
    public String hours(
            @PathParam("id") String id,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        HoursReport report = report(id, from, to);
        JsonArrayBuilder groupsJson = Json.createArrayBuilder();
        for (HoursReport.GroupHours g : report.groups()) {
            JsonArrayBuilder members = Json.createArrayBuilder();
            for (MemberHours m : g.members()) {
                JsonArrayBuilder weeks = Json.createArrayBuilder();
                for (WeeklyLedger.Week w : m.weeks()) {
                    weeks.add(
                            Json.createObjectBuilder()
                                    .add("week", w.label())
                                    .add("monday", w.monday().toString())
                                    .add("minutes", w.credited().toMinutes())
                                    .add("minutesWithoutVideo", w.withoutVideo().toMinutes())
                                    .add("h0015Days", w.h0015Days())
                                    .add("h0015", w.meetsH0015())
                                    .add("status", w.status().name()));
                }
                members.add(
                        Json.createObjectBuilder()
                                .add("participantId", m.participantId().toString())
                                .add("pseudonym", JsonFields.orNull(m.pseudonym()))
                                .add("weeks", weeks));
            }
            groupsJson.add(
                    Json.createObjectBuilder()
                            .add("groupId", g.groupId().toString())
                            .add("name", g.name())
                            .add("members", members));
        }
        return Json.createObjectBuilder()
                .add("programId", report.programId().toString())
                .add("weeklyMinutes", report.weeklyMinutes())
                .add("stepDownWeeks", report.stepDownWeeks())
                .add("groups", groupsJson)
                .build()
                .toString();
    }

    @GET
    @Path("{id}/hours.csv")
    @Produces("text/csv")
    public Response hoursCsv(
            @PathParam("id") String id,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return Response.ok(HoursCsv.of(report(id, from, to)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"hours.csv\"")
                .build();
    }

    private HoursReport report(String id, String from, String to) {
        LocalDate end;
        LocalDate start;
        try {
            end = to == null || to.isBlank() ? LocalDate.now() : LocalDate.parse(to);
            start = from == null || from.isBlank() ? end.minusWeeks(3) : LocalDate.parse(from);
        } catch (DateTimeParseException e) {
            throw new Invalid(
                    "'from' and 'to' are dates as yyyy-mm-dd.", Map.of("from", "yyyy-mm-dd"));
        }
        return ledgers.report(PathIds.of(id, "program"), start, end, Callers.of(security));
    }

    static ProgramForm form(JsonObject body) {
        JsonFields f = JsonFields.of(body);
        return new ProgramForm(
                f.text("name"),
                f.choice("levelOfCare", LevelOfCare.class),
                f.choice("ageBand", AgeBand.class),
                f.text("timeZone"),
                f.date("startsOn"),
                f.date("endsOn"),
                f.integer("weeklyMinutes"),
                f.integer("stepDownWeeks"),
                f.texts("states") == null ? List.of() : f.texts("states"));
    }

    static JsonObjectBuilder json(Program p) {
        JsonArrayBuilder states = Json.createArrayBuilder();
        p.getStates().stream().sorted().forEach(states::add);
        JsonObjectBuilder json =
                Json.createObjectBuilder()
                        .add("id", p.getId().toString())
                        .add("name", p.getName())
                        .add("levelOfCare", p.getLevelOfCare().name())
                        .add("ageBand", p.getAgeBand().name())
                        .add("timeZone", p.getTimeZone())
                        .add("startsOn", p.getStartsOn().toString())
                        .add("weeklyMinutes", p.getWeeklyMinutes())
                        .add("stepDownWeeks", p.getStepDownWeeks())
                        .add("states", states);
        if (p.getEndsOn() != null) {
            json.add("endsOn", p.getEndsOn().toString());
        }
        return json;
    }
}
