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
import org.openiop.consent.boundary.Consents;
import org.openiop.consent.boundary.Disclosures;
import org.openiop.consent.entity.AgreementSignature;
import org.openiop.consent.entity.Consent;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.JsonFields;
import org.openiop.platform.rest.PathIds;
import org.openiop.security.web.Callers;

/**
 * The signed-in participant's agreements to sign, consents (sign, revoke) and accounting of
 * disclosures. Only their own; nothing here names a real person.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PARTICIPANT)
public class MyConsentsResource {

    @EJB Agreements agreements;

    @EJB Consents consents;

    @EJB Disclosures disclosures;

    @Context SecurityContext security;

    /** Current agreement versions still to sign, with their text as safe HTML. */
    @GET
    @Path("agreements")
    public String agreementsToSign() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        agreements
                .toSign(Callers.of(security))
                .forEach(
                        v ->
                                list.add(
                                        Json.createObjectBuilder()
                                                .add("programId", v.getProgramId().toString())
                                                .add("sha256", v.getSha256())
                                                .add("publishedAt", v.getPublishedAt().toString())
                                                .add("html", agreements.html(v))));
        return list.build().toString();
    }

    /** {@code {"programId", "sha256", "agree": true, "signature": "<your pseudonym>"}} */
    @POST
    @Path("agreements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signAgreement(JsonObject body) {
        JsonFields f = JsonFields.of(body);
        boolean agree =
                body.containsKey("agree") && body.get("agree") == jakarta.json.JsonValue.TRUE;
        AgreementSignature s =
                agreements.sign(
                        Callers.of(security),
                        f.uuid("programId"),
                        f.text("sha256"),
                        agree,
                        f.text("signature"));
        return Response.status(Response.Status.CREATED)
                .entity(
                        Json.createObjectBuilder()
                                .add("programId", s.getProgramId().toString())
                                .add("sha256", s.getVersionSha256())
                                .add("signedAt", s.getSignedAt().toString())
                                .build()
                                .toString())
                .build();
    }

    @GET
    @Path("consents")
    public String myConsents() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        consents.mine(Callers.of(security)).forEach(c -> list.add(ConsentJson.of(c)));
        return list.build().toString();
    }

    @POST
    @Path("consents")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sign(JsonObject body) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Consent c :
                consents.sign(
                        Callers.of(security),
                        ConsentJson.terms(body),
                        JsonFields.of(body).text("signature"))) {
            list.add(ConsentJson.of(c));
        }
        return Response.status(Response.Status.CREATED).entity(list.build().toString()).build();
    }

    /** A written revocation: {@code {"revocation": "..."}}; effective now. */
    @POST
    @Path("consents/{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    public String revoke(@PathParam("id") String id, JsonObject body) {
        return ConsentJson.of(
                        consents.revoke(
                                Callers.of(security),
                                PathIds.of(id, "consent"),
                                JsonFields.of(body).text("revocation")))
                .build()
                .toString();
    }

    /** The accounting of disclosures of the last three years (42 CFR 2.25). */
    @GET
    @Path("disclosures")
    public String accounting() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        disclosures.myAccounting(Callers.of(security)).forEach(d -> list.add(ConsentJson.of(d)));
        return list.build().toString();
    }
}
