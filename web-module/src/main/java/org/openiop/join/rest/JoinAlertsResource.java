package org.openiop.join.rest;

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
import org.openiop.join.boundary.Joins;
import org.openiop.join.rest.JoinViews.JoinAlertView;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.PathIds;
import org.openiop.security.web.Callers;

/**
 * {@code /api/join-alerts}: joins that licensing stopped. Facilitators see REVIEWs for their groups
 * (they contact the participant); program admins see REVIEWs and DENYs. Closing one is audited.
 */
@Path("join-alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.CLINICIAN, Role.Names.PROGRAM_ADMIN})
public class JoinAlertsResource {

    @EJB Joins joins;

    @Context SecurityContext security;

    @GET
    public List<JoinAlertView> open() {
        return joins.alerts(Callers.of(security)).stream().map(JoinAlertView::of).toList();
    }

    @POST
    @Path("{id}/closure")
    public JoinAlertView close(@PathParam("id") String id) {
        return JoinAlertView.of(joins.closeAlert(PathIds.of(id, "alert"), Callers.of(security)));
    }
}
