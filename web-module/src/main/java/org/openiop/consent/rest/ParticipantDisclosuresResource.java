package org.openiop.consent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openiop.consent.boundary.Disclosures;
import org.openiop.consent.entity.DisclosureEntry;
import org.openiop.consent.rest.ConsentRequests.DisclosureBody;
import org.openiop.consent.rest.ConsentViews.DisclosureView;
import org.openiop.platform.boundary.Role;
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
    public List<DisclosureView> accounting(@PathParam("id") String id) {
        return disclosures.accounting(PathIds.of(id, "participant"), Callers.of(security)).stream()
                .map(DisclosureView::of)
                .toList();
    }

    /**
     * Records a disclosure after checking consent: {@code {recipient, recipientClass, purpose,
     * description}}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PRIVACY_OFFICER, Role.Names.PROGRAM_ADMIN, Role.Names.INTAKE})
    @APIResponse(
            responseCode = "201",
            description = "The disclosure recorded, with the consent that permitted it.",
            content = @Content(schema = @Schema(implementation = DisclosureView.class)))
    public Response record(@PathParam("id") String id, @Valid DisclosureBody body) {
        DisclosureEntry d =
                disclosures.record(
                        PathIds.of(id, "participant"),
                        body.recipient(),
                        body.recipientClass(),
                        body.purpose(),
                        body.description(),
                        Callers.of(security));
        return Response.status(Response.Status.CREATED).entity(DisclosureView.of(d)).build();
    }
}
