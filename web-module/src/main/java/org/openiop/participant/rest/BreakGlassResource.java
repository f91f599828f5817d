package org.openiop.participant.rest;

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
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.openiop.identity.boundary.BreakGlass;
import org.openiop.participant.rest.ParticipantRequests.BreakGlassReviewBody;
import org.openiop.participant.rest.ParticipantViews.BreakGlassGrantView;
import org.openiop.participant.rest.ParticipantViews.BreakGlassToReviewView;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.PathIds;
import org.openiop.security.web.Callers;

/** Emergency views waiting for a privacy officer's review, and the review itself. */
@Path("break-glass")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BreakGlassResource {

    @EJB BreakGlass breakGlass;

    @Context SecurityContext security;

    @GET
    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public List<BreakGlassToReviewView> awaitingReview() {
        // The privacy officer reviews the clinician's explanation, opened here from its seal.
        return breakGlass.awaitingReview().stream()
                .map(g -> BreakGlassToReviewView.of(g, breakGlass.explanation(g.id())))
                .toList();
    }

    /** {@code {"justified": true or false, "note": "..."}}: the privacy officer's finding. */
    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public BreakGlassGrantView review(
            @PathParam("id") String id, @Valid BreakGlassReviewBody body) {
        if (body.justified() == null) {
            throw new Invalid("Send {\"justified\": true or false, \"note\": \"...\"}.");
        }
        return BreakGlassGrantView.of(
                breakGlass.review(
                        PathIds.of(id, "emergency view"),
                        body.justified(),
                        body.note(),
                        Callers.of(security)));
    }
}
