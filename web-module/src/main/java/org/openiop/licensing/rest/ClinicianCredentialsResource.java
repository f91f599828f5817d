package org.openiop.licensing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import org.openiop.licensing.boundary.ClinicianCredentials;
import org.openiop.licensing.entity.ClinicianCredential;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.Role;
import org.openiop.plugin.spi.CredentialType;
import org.openiop.plugin.spi.Profession;
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
    public String list(@PathParam("clinician") String clinician) {
        if (!security.isUserInRole(Role.PROGRAM_ADMIN.realmName())
                && !security.getUserPrincipal().getName().equals(clinician)) {
            throw new NotFound("You can read only your own credentials.");
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        credentials.of(clinician).forEach(c -> list.add(json(c)));
        return list.build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public Response record(@PathParam("clinician") String clinician, JsonObject body) {
        if (body == null) {
            throw new Invalid("Send the credential as JSON.");
        }
        try {
            ClinicianCredential saved =
                    credentials.record(
                            clinician,
                            Profession.valueOf(
                                    body.getString("profession", "").toUpperCase(Locale.ROOT)),
                            CredentialType.valueOf(
                                    body.getString("type", "").toUpperCase(Locale.ROOT)),
                            body.getString("jurisdiction", ""),
                            body.getString("number", ""),
                            LocalDate.parse(body.getString("validFrom", "")),
                            body.containsKey("validTo") && !body.isNull("validTo")
                                    ? LocalDate.parse(body.getString("validTo"))
                                    : null,
                            body.getString("compact", null),
                            Callers.of(security));
            return Response.status(Response.Status.CREATED)
                    .entity(json(saved).build().toString())
                    .build();
        } catch (IllegalArgumentException | DateTimeParseException | ClassCastException e) {
            throw new Invalid(
                    "A credential needs profession, type (LICENSE, COMPACT_PRIVILEGE,"
                        + " MULTISTATE_LICENSE, TELEHEALTH_REGISTRATION), jurisdiction, number and"
                        + " validFrom (yyyy-mm-dd); validTo and compact are optional.");
        }
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
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

    static JsonObjectBuilder json(ClinicianCredential c) {
        JsonObjectBuilder json =
                Json.createObjectBuilder()
                        .add("id", c.getId().toString())
                        .add("clinician", c.getClinician())
                        .add("profession", c.getProfession().name())
                        .add("type", c.getType().name())
                        .add("jurisdiction", c.getJurisdiction())
                        .add("number", c.getNumber())
                        .add("validFrom", c.getValidFrom().toString());
        if (c.getValidTo() != null) {
            json.add("validTo", c.getValidTo().toString());
        }
        if (c.getCompact() != null) {
            json.add("compact", c.getCompact());
        }
        return json;
    }
}
