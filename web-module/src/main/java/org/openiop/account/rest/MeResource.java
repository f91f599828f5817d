package org.openiop.account.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.openiop.account.rest.AccountViews.MeView;
import org.openiop.platform.boundary.Role;

/**
 * Who the bearer token says the caller is: their Keycloak username and OpenIOP roles. For a
 * participant that is a generated username; no real identity exists in the token to return.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Role.Names.PARTICIPANT,
    Role.Names.CLINICIAN,
    Role.Names.INTAKE,
    Role.Names.PROGRAM_ADMIN,
    Role.Names.AUDITOR,
    Role.Names.PRIVACY_OFFICER
})
public class MeResource {

    @Context SecurityContext security;

    /** The caller as the API describes them. */
    @GET
    public MeView whoAmI() {
        return MeView.of(security);
    }
}
