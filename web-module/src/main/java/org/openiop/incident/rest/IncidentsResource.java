package org.openiop.incident.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openiop.audit.entity.Actor;
import org.openiop.incident.boundary.Incidents;
import org.openiop.incident.entity.Incident;
import org.openiop.incident.entity.IncidentKind;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.JsonFields;
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
    public String list(@QueryParam("all") boolean all) {
        Actor actor = Callers.of(security);
        List<Incident> found = all ? incidents.all(actor) : incidents.unresolved(actor);
        JsonArrayBuilder out = Json.createArrayBuilder();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        found.forEach(i -> out.add(IncidentJson.of(i, today)));
        return out.build().toString();
    }

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
        return Response.status(Response.Status.CREATED)
                .entity(IncidentJson.of(i, LocalDate.now(ZoneOffset.UTC)).build().toString())
                .build();
    }

    @GET
    @Path("{id}")
    public String one(@PathParam("id") String id) {
        Actor actor = Callers.of(security);
        Incident i = incidents.one(PathIds.of(id, "incident"), actor);
        var json = IncidentJson.of(i, LocalDate.now(ZoneOffset.UTC));
        if (actor.has(Role.PRIVACY_OFFICER)) {
            json.add("notes", incidents.open(i.getId(), actor).notes());
        }
        JsonArrayBuilder events = Json.createArrayBuilder();
        incidents
                .events(i, actor)
                .forEach(
                        e ->
                                events.add(
                                        Json.createObjectBuilder()
                                                .add("at", e.occurredAt().toString())
                                                .add("actor", e.actor())
                                                .add("action", e.action())));
        return json.add("events", events).build().toString();
    }

    /**
     * {discoveredOn, nature, recipient, acquired, mitigation, breach, affected, residentsByState:
     * {"CA": 600}, part2}.
     */
    @PUT
    @Path("{id}/assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    public String assess(@PathParam("id") String id, JsonObject body) {
        JsonFields f = JsonFields.of(body);
        Integer affected = f.integer("affected");
        Map<String, Integer> residents = new LinkedHashMap<>();
        JsonValue byState = body.get("residentsByState");
        if (byState != null && byState.getValueType() == JsonValue.ValueType.OBJECT) {
            byState.asJsonObject()
                    .forEach(
                            (state, n) -> {
                                if (n.getValueType() != JsonValue.ValueType.NUMBER) {
                                    throw new Invalid(
                                            "residentsByState maps state codes to numbers, like"
                                                    + " {\"CA\": 600}.",
                                            Map.of("residentsByState", "numbers"));
                                }
                                residents.put(state, ((jakarta.json.JsonNumber) n).intValue());
                            });
        }
        if (f.date("discoveredOn") == null || affected == null || !body.containsKey("breach")) {
            throw new Invalid(
                    "Send discoveredOn (yyyy-mm-dd), the four factors (nature, recipient, acquired,"
                            + " mitigation), breach (true or false) and affected (a number).",
                    Map.of("assessment", "incomplete"));
        }
        Incidents.Assessment a =
                new Incidents.Assessment(
                        f.date("discoveredOn"),
                        f.text("nature"),
                        f.text("recipient"),
                        f.text("acquired"),
                        f.text("mitigation"),
                        body.getBoolean("breach", false),
                        affected,
                        residents,
                        body.getBoolean("part2", true));
        Incident i = incidents.assess(PathIds.of(id, "incident"), a, Callers.of(security));
        return IncidentJson.of(i, LocalDate.now(ZoneOffset.UTC)).build().toString();
    }

    @POST
    @Path("{id}/closure")
    public String close(@PathParam("id") String id) {
        Incident i = incidents.close(PathIds.of(id, "incident"), Callers.of(security));
        return IncidentJson.of(i, LocalDate.now(ZoneOffset.UTC)).build().toString();
    }
}
