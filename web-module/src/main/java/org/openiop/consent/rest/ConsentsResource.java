package org.openiop.consent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.openiop.consent.boundary.Consents;
import org.openiop.consent.rest.ConsentViews.ConsentView;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.PathIds;
import org.openiop.security.web.Callers;

/** One consent by id, for participants (their own) and staff. */
@Path("consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Role.Names.CLINICIAN,
    Role.Names.INTAKE,
    Role.Names.PROGRAM_ADMIN,
    Role.Names.AUDITOR,
    Role.Names.PRIVACY_OFFICER,
    Role.Names.PARTICIPANT
})
public class ConsentsResource {

    @EJB Consents consents;

    @Context SecurityContext security;

    /** One consent, for its printable view: the participant's own, or any for staff. */
    @GET
    @Path("{id}")
    public ConsentView one(@PathParam("id") String id) {
        return ConsentView.of(consents.one(PathIds.of(id, "consent"), Callers.of(security)));
    }
}
