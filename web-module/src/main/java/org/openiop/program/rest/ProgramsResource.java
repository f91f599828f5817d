package org.openiop.program.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
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
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openiop.attendance.boundary.HourLedgers;
import org.openiop.attendance.entity.HoursReport;
import org.openiop.licensing.boundary.SessionLicensing;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.PathIds;
import org.openiop.platform.rest.QueryValues;
import org.openiop.plugin.boundary.PluginRegistry;
import org.openiop.plugin.spi.Modality;
import org.openiop.program.boundary.Groups;
import org.openiop.program.boundary.Programs;
import org.openiop.program.boundary.Scheduled;
import org.openiop.program.entity.AdminAssignment;
import org.openiop.program.entity.ProgramSummary;
import org.openiop.program.rest.ProgramRequests.AdminBody;
import org.openiop.program.rest.ProgramRequests.GroupBody;
import org.openiop.program.rest.ProgramRequests.PluginSwitchBody;
import org.openiop.program.rest.ProgramRequests.ProgramBody;
import org.openiop.program.rest.ProgramViews.GroupView;
import org.openiop.program.rest.ProgramViews.HoursView;
import org.openiop.program.rest.ProgramViews.ProgramAdminView;
import org.openiop.program.rest.ProgramViews.ProgramPluginView;
import org.openiop.program.rest.ProgramViews.ProgramView;
import org.openiop.program.rest.ProgramViews.ScheduledView;
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
    public List<ProgramView> all() {
        return programs.summaries().stream().map(ProgramView::of).toList();
    }

    /** Programs open today in their own time zones. */
    @GET
    @Path("today")
    public List<ProgramView> today() {
        return programs.summariesRunningToday(Clock.systemUTC()).stream()
                .map(ProgramView::of)
                .toList();
    }

    @GET
    @Path("{id}")
    public ProgramView one(@PathParam("id") String id) {
        return ProgramView.of(programs.summary(PathIds.of(id, "program")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    @APIResponse(
            responseCode = "201",
            description = "The program made.",
            content = @Content(schema = @Schema(implementation = ProgramView.class)))
    public Response create(@Valid ProgramBody body) {
        ProgramSummary p = programs.create(body.toForm(), Callers.of(security));
        return Response.status(Response.Status.CREATED).entity(ProgramView.of(p)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public ProgramView update(@PathParam("id") String id, @Valid ProgramBody body) {
        return ProgramView.of(
                programs.update(PathIds.of(id, "program"), body.toForm(), Callers.of(security)));
    }

    @GET
    @Path("{id}/groups")
    public List<GroupView> groupsOf(@PathParam("id") String id) {
        return groups.summariesOfProgram(programs.summary(PathIds.of(id, "program")).id()).stream()
                .map(GroupView::of)
                .toList();
    }

    /** Creates a group; the answer lists the sessions made and any facilitator double-bookings. */
    @POST
    @Path("{id}/groups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    @APIResponse(
            responseCode = "201",
            description = "The group made, with the sessions its schedule made.",
            content = @Content(schema = @Schema(implementation = ScheduledView.class)))
    public Response createGroup(@PathParam("id") String id, @Valid GroupBody body) {
        Scheduled made =
                groups.create(PathIds.of(id, "program"), body.toForm(), Callers.of(security));
        return Response.status(Response.Status.CREATED)
                .entity(ScheduledView.of(made, true))
                .build();
    }

    /** Every plugin the registry knows, and whether this program uses it. */
    @GET
    @Path("{id}/plugins")
    public List<ProgramPluginView> plugins(@PathParam("id") String id) {
        ProgramSummary program = programs.summary(PathIds.of(id, "program"));
        return registry.list().stream().map(p -> ProgramPluginView.of(p, program)).toList();
    }

    /**
     * {@code {"enabled": false}} switches a plugin off for this program; true switches it back on.
     */
    @PUT
    @Path("{id}/plugins/{plugin}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    @APIResponse(responseCode = "204", description = "Switched.")
    public Response switchPlugin(
            @PathParam("id") String id,
            @PathParam("plugin") String plugin,
            @Valid PluginSwitchBody body) {
        if (body.enabled() == null) {
            throw new Invalid(
                    "Send {\"enabled\": true} or {\"enabled\": false}.",
                    Map.of("enabled", "true or false"));
        }
        if (registry.list().stream().noneMatch(p -> p.id().equals(plugin))) {
            throw new NotFound("There is no plugin with the id '" + plugin + "'.");
        }
        programs.switchPlugin(
                PathIds.of(id, "program"), plugin, body.enabled(), Callers.of(security));
        return Response.noContent().build();
    }

    /** The program's administrators: who may change it. */
    @GET
    @Path("{id}/admins")
    public List<ProgramAdminView> admins(@PathParam("id") String id) {
        return programs.admins(PathIds.of(id, "program")).stream()
                .map(ProgramAdminView::of)
                .toList();
    }

    /**
     * {@code {"username": "..."}} makes another program admin an administrator of this program (its
     * administrators only).
     */
    @POST
    @Path("{id}/admins")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    @APIResponse(
            responseCode = "201",
            description = "The assignment made.",
            content = @Content(schema = @Schema(implementation = ProgramAdminView.class)))
    public Response assignAdmin(@PathParam("id") String id, @Valid AdminBody body) {
        AdminAssignment made =
                programs.assignAdmin(
                        PathIds.of(id, "program"), body.username(), Callers.of(security));
        return Response.status(Response.Status.CREATED).entity(ProgramAdminView.of(made)).build();
    }

    /** Ends an administrator's assignment; the last one stays. */
    @DELETE
    @Path("{id}/admins/{username}")
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    @APIResponse(responseCode = "204", description = "The assignment ended.")
    public Response removeAdmin(
            @PathParam("id") String id, @PathParam("username") String username) {
        programs.removeAdmin(PathIds.of(id, "program"), username, Callers.of(security));
        return Response.noContent().build();
    }

    /**
     * Clinicians (facilitators of the program's groups) × the program's states, for a modality and
     * date: each cell is the verdict's name.
     */
    @GET
    @Path("{id}/licensing-matrix")
    public Map<String, Map<String, String>> matrix(
            @PathParam("id") String id,
            @QueryParam("modality") String modality,
            @QueryParam("date") String date) {
        Map<String, Map<String, String>> rows = new TreeMap<>();
        licensing
                .matrix(
                        PathIds.of(id, "program"),
                        QueryValues.choice("modality", modality, Modality.class, Modality.VIDEO),
                        QueryValues.date("date", date, LocalDate.now()),
                        Callers.of(security))
                .forEach(
                        (clinician, row) -> {
                            Map<String, String> cells = new TreeMap<>();
                            row.forEach(
                                    (state, answer) -> cells.put(state, answer.verdict().name()));
                            rows.put(clinician, cells);
                        });
        return rows;
    }

    /**
     * The hours report: weeks from {@code from}'s week to {@code to}'s week (default: the last 4).
     */
    @GET
    @Path("{id}/hours")
    public HoursView hours(
            @PathParam("id") String id,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return HoursView.of(report(id, from, to));
    }

    @GET
    @Path("{id}/hours.csv")
    @Produces("text/csv")
    public Response hoursCsv(
            @PathParam("id") String id,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        LocalDate[] weeks = weeks(from, to);
        String csv =
                ledgers.reportCsv(
                        PathIds.of(id, "program"), weeks[0], weeks[1], Callers.of(security));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"hours.csv\"")
                .build();
    }

    private HoursReport report(String id, String from, String to) {
        LocalDate[] weeks = weeks(from, to);
        return ledgers.report(PathIds.of(id, "program"), weeks[0], weeks[1], Callers.of(security));
    }

    /**
     * The report's first and last day: {@code from} and {@code to}, by default the last 4 weeks.
     */
    private static LocalDate[] weeks(String from, String to) {
        try {
            LocalDate end = to == null || to.isBlank() ? LocalDate.now() : LocalDate.parse(to);
            LocalDate start =
                    from == null || from.isBlank() ? end.minusWeeks(3) : LocalDate.parse(from);
            return new LocalDate[] {start, end};
        } catch (DateTimeParseException e) {
            throw new Invalid(
                    "'from' and 'to' are dates as yyyy-mm-dd.", Map.of("from", "yyyy-mm-dd"));
        }
    }
}
