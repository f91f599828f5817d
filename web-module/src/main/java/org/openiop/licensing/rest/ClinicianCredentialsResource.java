package org.openiop.licensing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openiop.licensing.boundary.ClinicianCredentials;
import org.openiop.licensing.entity.CredentialView;
import org.openiop.licensing.rest.LicensingRequests.ClinicianCredentialBody;
import org.openiop.licensing.rest.LicensingViews.ClinicianCredentialView;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.Role;
import org.openiop.security.web.Callers;

/**
 * A clinician's recorded credentials: program admins record and remove them; a clinician may read
 * their own.
 */
@Path("clinicians/{clinician}/credentials")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClinicianCredentialsResource {

    @EJB ClinicianCredentials credentials;

    @Context SecurityContext security;

    @GET
    @RolesAllowed({Role.Names.PROGRAM_ADMIN, Role.Names.CLINICIAN})
    public List<ClinicianCredentialView> list(@PathParam("clinician") String clinician) {
        if (!security.isUserInRole(Role.PROGRAM_ADMIN.realmName())
                && !security.getUserPrincipal().getName().equals(clinician)) {
            throw new NotFound("You can read only your own credentials.");
        }
        return credentials.of(clinician).stream().map(ClinicianCredentialView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    @APIResponse(
            responseCode = "201",
            description = "The credential recorded.",
            content = @Content(schema = @Schema(implementation = ClinicianCredentialView.class)))
    public Response record(
            @PathParam("clinician") String clinician, @Valid ClinicianCredentialBody body) {
        if (body.profession() == null || body.type() == null || body.validFrom() == null) {
            throw new Invalid(
                    "A credential needs profession, type (LICENSE, COMPACT_PRIVILEGE,"
                        + " MULTISTATE_LICENSE, TELEHEALTH_REGISTRATION), jurisdiction, number and"
                        + " validFrom (yyyy-mm-dd); validTo and compact are optional.");
        }
        CredentialView saved =
                credentials.record(
                        clinician,
                        body.profession(),
                        body.type(),
                        body.jurisdiction() == null ? "" : body.jurisdiction(),
                        body.number() == null ? "" : body.number(),
                        body.validFrom(),
                        body.validTo(),
                        body.compact(),
                        Callers.of(security));
        return Response.status(Response.Status.CREATED)
                .entity(ClinicianCredentialView.of(saved))
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    @APIResponse(responseCode = "204", description = "The credential removed.")
    public Response remove(@PathParam("clinician") String clinician, @PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("This clinician has no credential with that id.");
        }
        credentials.remove(clinician, uuid, Callers.of(security));
        return Response.noContent().build();
    }
}
