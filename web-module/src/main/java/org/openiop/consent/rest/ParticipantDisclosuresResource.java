package org.openiop.consent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import org.openiop.consent.boundary.Disclosures;
import org.openiop.consent.entity.DisclosurePurpose;
import org.openiop.consent.entity.RecipientClass;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.JsonFields;
import org.openiop.platform.rest.PathIds;
import org.openiop.security.web.Callers;

/**
 * The disclosures ledger for one participant: recording (after the consent check) and the
 * accounting.
 */
@Path("participants/{id}/disclosures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Role.Names.PRIVACY_OFFICER,
    Role.Names.PROGRAM_ADMIN,
    Role.Names.INTAKE,
    Role.Names.AUDITOR
})
public class ParticipantDisclosuresResource {

    @EJB Disclosures disclosures;

    @Context SecurityContext security;

    /** The accounting of the last three years (42 CFR 2.25); reading it is audited. */
    @GET
    @RolesAllowed({Role.Names.PRIVACY_OFFICER, Role.Names.AUDITOR})
    public String accounting(@PathParam("id") String id) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        disclosures
                .accounting(PathIds.of(id, "participant"), Callers.of(security))
                .forEach(d -> list.add(ConsentJson.of(d)));
        return list.build().toString();
    }

    /**
     * Records a disclosure after checking consent: {@code {recipient, recipientClass, purpose,
     * description}}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PRIVACY_OFFICER, Role.Names.PROGRAM_ADMIN, Role.Names.INTAKE})
    public Response record(@PathParam("id") String id, JsonObject body) {
        JsonFields f = JsonFields.of(body);
        var d =
                disclosures.record(
                        PathIds.of(id, "participant"),
                        f.text("recipient"),
                        f.choice("recipientClass", RecipientClass.class),
                        f.choice("purpose", DisclosurePurpose.class),
                        f.text("description"),
                        Callers.of(security));
        return Response.status(Response.Status.CREATED)
                .entity(ConsentJson.of(d).build().toString())
                .build();
    }
}
