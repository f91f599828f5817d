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
import java.util.UUID;
import org.openiop.consent.boundary.Agreements;
import org.openiop.consent.boundary.Consents;
import org.openiop.consent.boundary.Disclosures;
import org.openiop.consent.entity.AgreementVersion;
import org.openiop.consent.entity.DisclosurePurpose;
import org.openiop.consent.entity.RecipientClass;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.rest.JsonFields;
import org.openiop.security.web.Callers;

/**
 * Staff views of agreements, consents and disclosures: program admins publish agreement versions;
 * staff read who has not signed and a participant's consents; the privacy officer records
 * disclosures and reads the accounting.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"clinician", "intake", "program-admin", "auditor", "privacy-officer"})
public class ConsentsResource {

    @EJB
    Agreements agreements;

    @EJB
    Consents consents;

    @EJB
    Disclosures disclosures;

    @Context
    SecurityContext security;

    @GET
    @Path("programs/{id}/agreements")
    public String versions(@PathParam("id") String id) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        agreements.versions(uuid(id, "program")).forEach(v -> list.add(Json.createObjectBuilder().add("sha256", v.getSha256())
                .add("publishedAt", v.getPublishedAt().toString()).add("publishedBy", v.getPublishedBy())
                .add("markdown", v.getBody())));
        return list.build().toString();
    }

    /** Publishes a new version: {@code {"text": "<markdown>"}}. */
    @POST
    @Path("programs/{id}/agreements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("program-admin")
    public Response publish(@PathParam("id") String id, JsonObject body) {
        AgreementVersion v = agreements.publish(uuid(id, "program"), JsonFields.of(body).text("text"), Callers.of(security));
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder().add("sha256", v.getSha256())
                .add("publishedAt", v.getPublishedAt().toString()).build().toString()).build();
    }

    /** Members who have not signed the current version, by pseudonym. */
    @GET
    @Path("programs/{id}/agreements/unsigned")
    public String unsigned(@PathParam("id") String id) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        agreements.unsigned(uuid(id, "program"), Callers.of(security)).forEach(m -> list.add(Json.createObjectBuilder()
                .add("participantId", m.participantId().toString()).add("pseudonym", JsonFields.orNull(m.pseudonym()))));
        return list.build().toString();
    }

    @GET
    @Path("participants/{id}/consents")
    public String consentsOf(@PathParam("id") String id) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        consents.ofParticipant(uuid(id, "participant"), Callers.of(security)).forEach(c -> list.add(ConsentJson.of(c)));
        return list.build().toString();
    }

    @GET
    @Path("participants/{id}/disclosures")
    @RolesAllowed({"privacy-officer", "auditor"})
    public String accounting(@PathParam("id") String id) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        disclosures.accounting(uuid(id, "participant"), Callers.of(security)).forEach(d -> list.add(ConsentJson.of(d)));
        return list.build().toString();
    }

    /** Records a disclosure after checking consent: {@code {recipient, recipientClass, purpose, description}}. */
    @POST
    @Path("participants/{id}/disclosures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"privacy-officer", "program-admin", "intake"})
    public Response record(@PathParam("id") String id, JsonObject body) {
        JsonFields f = JsonFields.of(body);
        var d = disclosures.record(uuid(id, "participant"), f.text("recipient"), f.choice("recipientClass", RecipientClass.class),
                f.choice("purpose", DisclosurePurpose.class), f.text("description"), Callers.of(security));
        return Response.status(Response.Status.CREATED).entity(ConsentJson.of(d).build().toString()).build();
    }

    @GET
    @Path("consents/{id}")
    @RolesAllowed({"clinician", "intake", "program-admin", "auditor", "privacy-officer", "participant"})
    public String one(@PathParam("id") String id) {
        return ConsentJson.of(consents.one(uuid(id, "consent"), Callers.of(security))).build().toString();
    }

    private static UUID uuid(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new RequestRefused("not-found", "There is no " + what + " with that id.");
        }
    }
}
