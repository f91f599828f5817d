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
import org.openiop.consent.boundary.Agreements;
import org.openiop.consent.entity.AgreementVersion;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.JsonFields;
import org.openiop.platform.rest.PathIds;
import org.openiop.security.web.Callers;

/**
 * A program's agreement versions: program admins publish; staff read them and who has not signed
 * the current one.
 */
@Path("programs/{id}/agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Role.Names.CLINICIAN,
    Role.Names.INTAKE,
    Role.Names.PROGRAM_ADMIN,
    Role.Names.AUDITOR,
    Role.Names.PRIVACY_OFFICER
})
public class ProgramAgreementsResource {

    @EJB Agreements agreements;

    @Context SecurityContext security;

    @GET
    public String versions(@PathParam("id") String id) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        agreements
                .versions(PathIds.of(id, "program"))
                .forEach(
                        v ->
                                list.add(
                                        Json.createObjectBuilder()
                                                .add("sha256", v.getSha256())
                                                .add("publishedAt", v.getPublishedAt().toString())
                                                .add("publishedBy", v.getPublishedBy())
                                                .add("markdown", v.getBody())));
        return list.build().toString();
    }

    /** Publishes a new version: {@code {"text": "<markdown>"}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public Response publish(@PathParam("id") String id, JsonObject body) {
        AgreementVersion v =
                agreements.publish(
                        PathIds.of(id, "program"),
                        JsonFields.of(body).text("text"),
                        Callers.of(security));
        return Response.status(Response.Status.CREATED)
                .entity(
                        Json.createObjectBuilder()
                                .add("sha256", v.getSha256())
                                .add("publishedAt", v.getPublishedAt().toString())
                                .build()
                                .toString())
                .build();
    }

    /** Members who have not signed the current version, by pseudonym. */
    @GET
    @Path("unsigned")
    public String unsigned(@PathParam("id") String id) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        agreements
                .unsigned(PathIds.of(id, "program"), Callers.of(security))
                .forEach(
                        m ->
                                list.add(
                                        Json.createObjectBuilder()
                                                .add("participantId", m.participantId().toString())
                                                .add(
                                                        "pseudonym",
                                                        JsonFields.orNull(m.pseudonym()))));
        return list.build().toString();
    }
}
