package org.openiop.consent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.openiop.consent.boundary.Consents;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.PathIds;
import org.openiop.security.web.Callers;

/** A participant's consents, for staff. */
@Path("participants/{id}/consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Role.Names.CLINICIAN,
    Role.Names.INTAKE,
    Role.Names.PROGRAM_ADMIN,
    Role.Names.AUDITOR,
    Role.Names.PRIVACY_OFFICER
})
public class ParticipantConsentsResource {

    @EJB Consents consents;

    @Context SecurityContext security;

    @GET
    public String consentsOf(@PathParam("id") String id) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        consents.ofParticipant(PathIds.of(id, "participant"), Callers.of(security))
                .forEach(c -> list.add(ConsentJson.of(c)));
        return list.build().toString();
    }
}
