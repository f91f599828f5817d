package org.openiop.join.rest;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.openiop.join.boundary.Joins;
import org.openiop.join.entity.CameraChoice;
import org.openiop.join.entity.Gate;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.JsonFields;
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
    public String status(@PathParam("id") String id) {
        Joins.Status s = joins.status(PathIds.of(id, "session"), Callers.of(security));
        JsonObjectBuilder json =
                Json.createObjectBuilder()
                        .add("sessionId", s.session().getId().toString())
                        .add("ready", s.stop() == null)
                        .add("lastLocation", JsonFields.orNull(s.lastLocation()))
                        .add("camera", s.camera().name());
        if (s.stop() == null || s.stop().gate() != Gate.MEMBERSHIP) {
            // Someone else's group: not even when it meets.
            json.add("startsAt", s.session().getStartsAt().toString())
                    .add("endsAt", s.session().getEndsAt().toString())
                    .add("opensAt", s.opensAt().toString());
        }
        if (s.stop() != null) {
            json.add("gate", s.stop().gate().name())
                    .add("code", s.stop().code())
                    .add("detail", s.stop().message());
        }
        if (s.agreement() != null) {
            json.add(
                    "agreement",
                    Json.createObjectBuilder()
                            .add(
                                    "programId",
                                    s.session().getGroup().getProgram().getId().toString())
                            .add("sha256", s.agreement().getSha256()));
        }
        JsonArrayBuilder missing = Json.createArrayBuilder();
        s.missingConsents().forEach(t -> missing.add(t.name()));
        return json.add("missingConsents", missing).build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response join(@PathParam("id") String id, JsonObject body) {
        JsonFields f = JsonFields.of(body);
        boolean reaffirmed = body != null && body.getBoolean("reaffirmed", false);
        Joins.Answers answers =
                new Joins.Answers(
                        f.text("location"), reaffirmed, f.choice("camera", CameraChoice.class));
        Joins.Outcome outcome =
                joins.join(PathIds.of(id, "session"), answers, Callers.of(security));
        if (outcome instanceof Joins.Outcome.Ticket t) {
            return Response.status(Response.Status.CREATED)
                    .entity(
                            Json.createObjectBuilder()
                                    .add("ticketUrl", "/portal/join/" + t.ticket())
                                    .add("expiresAt", t.expiresAt().toString())
                                    .build()
                                    .toString())
                    .build();
        }
        Joins.Stop stop = ((Joins.Outcome.Stopped) outcome).stop();
        return Response.status(422)
                .type(MediaType.APPLICATION_JSON)
                .entity(
                        Json.createObjectBuilder()
                                .add("error", "Cannot join yet")
                                .add("gate", stop.gate().name())
                                .add("code", stop.code())
                                .add("detail", stop.message())
                                .build()
                                .toString())
                .build();
    }
}
