package org.openiop.account.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.openiop.security.web.Roles;

/**
 * Who the bearer token says the caller is: their Keycloak username and OpenIOP roles. For a
 * participant that is a generated username; no real identity exists in the token to return.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"participant", "clinician", "intake", "program-admin", "auditor", "privacy-officer"})
public class MeResource {

    /** The caller as the API describes them. */
    public record Me(String username, List<String> roles) {
    }

    @Context
    SecurityContext security;

    @GET
    public Me whoAmI() {
        return new Me(security.getUserPrincipal().getName(), Roles.ALL.stream().filter(security::isUserInRole).toList());
    }
}
