package org.openiop.account.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.openiop.account.rest.AccountRequests.PseudonymBody;
import org.openiop.account.rest.AccountViews.MyProfileView;
import org.openiop.participant.boundary.Participants;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.Role;
import org.openiop.security.web.Callers;

/**
 * A participant's own profile: only what the token's username owns, and only pseudonymous fields.
 * There is no path parameter to guess: nobody reaches another participant's profile here.
 */
@Path("me/profile")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PARTICIPANT)
public class MyProfileResource {

    @EJB Participants participants;

    @Context SecurityContext security;

    @GET
    public MyProfileView profile() {
        return MyProfileView.of(
                participants
                        .byUsername(security.getUserPrincipal().getName(), Callers.of(security))
                        .orElseThrow(
                                () -> new NotFound("There is no enrollment for this account.")));
    }

    /** {@code {"pseudonym": "..."}}: checked against the pseudonym rules, then taken. */
    @PUT
    @Path("pseudonym")
    @Consumes(MediaType.APPLICATION_JSON)
    public MyProfileView choosePseudonym(@Valid PseudonymBody body) {
        if (body.pseudonym() == null) {
            throw new Invalid("Send {\"pseudonym\": \"...\"}.");
        }
        return MyProfileView.of(
                participants.choosePseudonym(Callers.of(security), body.pseudonym()));
    }

    /** Five pseudonyms the participant may take as they are. */
    @GET
    @Path("pseudonym-suggestions")
    public List<String> suggestions() {
        return participants.suggestions(Callers.of(security), 5);
    }
}
