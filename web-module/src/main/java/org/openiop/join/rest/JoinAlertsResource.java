package org.openiop.join.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.openiop.join.boundary.Joins;
import org.openiop.join.entity.JoinAttempt;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.PathIds;
import org.openiop.security.web.Callers;

/**
 * {@code /api/join-alerts}: joins that licensing stopped. Facilitators see REVIEWs for their groups
 * (they contact the participant); program admins see REVIEWs and DENYs. Closing one is audited.
 */
@Path("join-alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.CLINICIAN, Role.Names.PROGRAM_ADMIN})
public class JoinAlertsResource {

    @EJB Joins joins;

    @Context SecurityContext security;

    @GET
    public String open() {
        JsonArrayBuilder out = Json.createArrayBuilder();
        joins.alerts(Callers.of(security)).forEach(a -> out.add(json(a)));
        return out.build().toString();
    }

    @POST
    @Path("{id}/closure")
    public String close(@PathParam("id") String id) {
        return json(joins.closeAlert(PathIds.of(id, "alert"), Callers.of(security)))
                .build()
                .toString();
    }

    static JsonObjectBuilder json(JoinAttempt a) {
        return Json.createObjectBuilder()
                .add("id", a.getId().toString())
                .add("sessionId", a.getSessionId().toString())
                .add("participantId", a.getParticipantId().toString())
                .add("at", a.getAttemptedAt().toString())
                .add("placeOfService", a.getPlaceOfService())
                .add("camera", a.getCamera().name())
                .add("verdict", a.getVerdict().name())
                .add("open", a.isAlertOpen());
    }
}
