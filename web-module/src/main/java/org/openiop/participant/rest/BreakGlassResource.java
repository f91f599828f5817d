package org.openiop.participant.rest;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.openiop.identity.boundary.BreakGlass;
import org.openiop.identity.entity.BreakGlassGrant;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.Role;
import org.openiop.security.web.Callers;

/** Emergency views waiting for a privacy officer's review, and the review itself. */
@Path("break-glass")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BreakGlassResource {

    @EJB BreakGlass breakGlass;

    @Context SecurityContext security;

    @GET
    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public String awaitingReview() {
        JsonArrayBuilder grants = Json.createArrayBuilder();
        // The privacy officer reviews the clinician's explanation, opened here from its seal.
        breakGlass
                .awaitingReview()
                .forEach(g -> grants.add(json(g).add("explanation", breakGlass.explanation(g))));
        return grants.build().toString();
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public String review(@PathParam("id") String id, JsonObject body) {
        if (body == null
                || !body.containsKey("justified")
                || body.get("justified").getValueType() != JsonValue.ValueType.TRUE
                        && body.get("justified").getValueType() != JsonValue.ValueType.FALSE) {
            throw new Invalid("Send {\"justified\": true or false, \"note\": \"...\"}.");
        }
        UUID grant;
        try {
            grant = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("There is no emergency view with that id.");
        }
        return json(breakGlass.review(
                        grant,
                        body.getBoolean("justified"),
                        body.getString("note", null),
                        Callers.of(security)))
                .build()
                .toString();
    }

    static JsonObjectBuilder json(BreakGlassGrant g) {
        JsonObjectBuilder json =
                Json.createObjectBuilder()
                        .add("id", g.getId().toString())
                        .add("participantId", g.getParticipantId().toString())
                        .add("grantedTo", g.getGrantedTo())
                        .add("reason", g.getReason().name())
                        .add("grantedAt", g.getGrantedAt().toString())
                        .add("expiresAt", g.getExpiresAt().toString())
                        .add("notMyGroup", g.isOutsideCaseload());
        if (g.getReviewedAt() != null) {
            json.add("reviewedAt", g.getReviewedAt().toString())
                    .add("reviewedBy", g.getReviewedBy())
                    .add("justified", g.getJustified());
        }
        return json;
    }
}
