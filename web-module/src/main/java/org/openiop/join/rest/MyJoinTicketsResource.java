package org.openiop.join.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.openiop.join.boundary.Joins;
import org.openiop.join.rest.JoinViews.JoinLinkView;
import org.openiop.platform.boundary.Role;
import org.openiop.security.web.Callers;

/**
 * {@code POST /api/me/join-tickets/{ticket}}: the same single use as {@code /portal/join/{ticket}},
 * for apps that open the vendor's link themselves: answers {@code {"url"}} once, then 422.
 */
@Path("me/join-tickets/{ticket}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PARTICIPANT)
public class MyJoinTicketsResource {

    @EJB Joins joins;

    @Context SecurityContext security;

    @POST
    public JoinLinkView redeem(@PathParam("ticket") String ticket) {
        return new JoinLinkView(joins.redeem(ticket, Callers.of(security)).toString());
    }
}
