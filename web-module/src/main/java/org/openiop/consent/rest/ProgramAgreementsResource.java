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
import org.openiop.consent.boundary.Agreements;
import org.openiop.consent.entity.PublishedAgreement;
import org.openiop.consent.rest.ConsentRequests.AgreementTextBody;
import org.openiop.consent.rest.ConsentViews.AgreementPublishedView;
import org.openiop.consent.rest.ConsentViews.AgreementUnsignedMemberView;
import org.openiop.consent.rest.ConsentViews.AgreementVersionView;
import org.openiop.platform.boundary.Role;
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
    public List<AgreementVersionView> versions(@PathParam("id") String id) {
        return agreements.versions(PathIds.of(id, "program")).stream()
                .map(AgreementVersionView::of)
                .toList();
    }

    /** Publishes a new version: {@code {"text": "<markdown>"}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    @APIResponse(
            responseCode = "201",
            description = "The version published; members sign it again.",
            content = @Content(schema = @Schema(implementation = AgreementPublishedView.class)))
    public Response publish(@PathParam("id") String id, @Valid AgreementTextBody body) {
        PublishedAgreement v =
                agreements.publish(PathIds.of(id, "program"), body.text(), Callers.of(security));
        return Response.status(Response.Status.CREATED)
                .entity(AgreementPublishedView.of(v))
                .build();
    }

    /** Members who have not signed the current version, by pseudonym. */
    @GET
    @Path("unsigned")
    public List<AgreementUnsignedMemberView> unsigned(@PathParam("id") String id) {
        return agreements.unsigned(PathIds.of(id, "program"), Callers.of(security)).stream()
                .map(AgreementUnsignedMemberView::of)
                .toList();
    }
}
