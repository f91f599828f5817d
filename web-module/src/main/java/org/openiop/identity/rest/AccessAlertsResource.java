package org.openiop.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.openiop.identity.boundary.AccessAlerts;
import org.openiop.identity.rest.IdentityViews.AccessAlertView;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.PathIds;
import org.openiop.security.web.Callers;

/**
 * Open access alerts for the privacy officer: who opened how many identities or emergency views in
 * an hour.
 */
@Path("access-alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccessAlertsResource {

    @EJB AccessAlerts alerts;

    @Context SecurityContext security;

    @GET
    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public List<AccessAlertView> open() {
        return alerts.open(Callers.of(security)).stream().map(AccessAlertView::of).toList();
    }

    @POST
    @Path("{id}/acknowledgement")
    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public AccessAlertView acknowledge(@PathParam("id") String id) {
        return AccessAlertView.of(
                alerts.acknowledge(PathIds.of(id, "access alert"), Callers.of(security)));
    }
}
