package org.openiop.account.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.openiop.participant.boundary.Participants;
import org.openiop.participant.entity.ParticipantView;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.Role;
import org.openiop.security.web.Callers;

/**
 * A participant's own profile: only what the token's username owns, and only pseudonymous fields.
 * There is no path parameter to guess: nobody reaches another participant's profile here.
 */
@Path("me/profile")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PARTICIPANT)
public class MyProfileResource {

    @EJB Participants participants;

    @Context SecurityContext security;

    @GET
    public String profile() {
        return json(
                participants
                        .byUsername(security.getUserPrincipal().getName(), Callers.of(security))
                        .orElseThrow(
                                () -> new NotFound("There is no enrollment for this account.")));
    }

    @PUT
    @Path("pseudonym")
    @Consumes(MediaType.APPLICATION_JSON)
    public String choosePseudonym(JsonObject body) {
        if (body == null || !body.containsKey("pseudonym")) {
            throw new Invalid("Send {\"pseudonym\": \"...\"}.");
        }
        return json(
                participants.choosePseudonym(
                        Callers.of(security), body.getString("pseudonym", "")));
    }

    @GET
    @Path("pseudonym-suggestions")
    public String suggestions() {
        JsonArrayBuilder names = Json.createArrayBuilder();
        participants.suggestions(Callers.of(security), 5).forEach(names::add);
        return names.build().toString();
    }

    private static String json(ParticipantView p) {
        var json =
                Json.createObjectBuilder()
                        .add("username", p.username())
                        .add("status", p.status().name());
        if (p.pseudonym() == null) {
            json.addNull("pseudonym");
        } else {
            json.add("pseudonym", p.pseudonym());
        }
        return json.build().toString();
    }
}
