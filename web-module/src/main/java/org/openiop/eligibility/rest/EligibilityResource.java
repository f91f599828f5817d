package org.openiop.eligibility.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openiop.eligibility.boundary.Eligibility;
import org.openiop.eligibility.boundary.EligibilityBatches;
import org.openiop.eligibility.boundary.EligibilityRechecks;
import org.openiop.eligibility.entity.CoverageCheck;
import org.openiop.eligibility.rest.EligibilityRequests.EligibilityBatchBody;
import org.openiop.eligibility.rest.EligibilityRequests.EligibilityCheckBody;
import org.openiop.eligibility.rest.EligibilityViews.EligibilityBatchProgressView;
import org.openiop.eligibility.rest.EligibilityViews.EligibilityBatchView;
import org.openiop.eligibility.rest.EligibilityViews.EligibilityCheckView;
import org.openiop.eligibility.rest.EligibilityViews.EligibilityRecheckView;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.PathIds;
import org.openiop.security.web.Callers;

/**
 * Coverage checks for intake and program admins: one participant now ({@code POST checks}), a whole
 * program in the background ({@code POST batches}, then {@code GET batches/{id}} for its progress),
 * a participant's history, and the day's automatic re-checks on demand.
 */
@Path("eligibility")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INTAKE, Role.Names.PROGRAM_ADMIN})
public class EligibilityResource {

    @EJB Eligibility eligibility;

    @EJB EligibilityBatches batches;

    @EJB EligibilityRechecks rechecks;

    @Context SecurityContext security;

    private String pseudonym(UUID participantId) {
        return eligibility
                .pseudonyms(List.of(participantId), Callers.of(security))
                .get(participantId);
    }

    /** Checks one participant now: {@code {participantId}}. */
    @POST
    @Path("checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "201",
            description = "The check made, with the payer's outcome.",
            content = @Content(schema = @Schema(implementation = EligibilityCheckView.class)))
    public Response check(@Valid EligibilityCheckBody body) {
        UUID participant = body.participantId();
        if (participant == null) {
            throw new Invalid("Name the participant to check (participantId).");
        }
        CoverageCheck c = eligibility.check(participant, Callers.of(security));
        return Response.status(Response.Status.CREATED)
                .entity(EligibilityCheckView.of(c, pseudonym(participant)))
                .build();
    }

    /** A participant's checks, newest first. */
    @GET
    @Path("checks")
    public List<EligibilityCheckView> history(@QueryParam("participant") String participant) {
        if (participant == null || participant.isBlank()) {
            throw new Invalid("Name the participant whose checks to list (?participant=id).");
        }
        UUID id = PathIds.of(participant, "participant");
        String name = pseudonym(id);
        return eligibility.ofParticipant(id, Callers.of(security)).stream()
                .map(c -> EligibilityCheckView.of(c, name))
                .toList();
    }

    /**
     * Starts checking every current member of a program: {@code {programId}}; answers 202 with the
     * batch.
     */
    @POST
    @Path("batches")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "202",
            description = "The batch started; follow it at batches/{id}.",
            content = @Content(schema = @Schema(implementation = EligibilityBatchView.class)))
    public Response batch(@Valid EligibilityBatchBody body) {
        UUID program = body.programId();
        if (program == null) {
            throw new Invalid("Name the program to check (programId).");
        }
        var batch = batches.start(program, Callers.of(security));
        return Response.accepted(EligibilityBatchView.of(batch)).build();
    }

    /** A batch's progress and each participant's result so far. */
    @GET
    @Path("batches/{id}")
    public EligibilityBatchProgressView progress(@PathParam("id") String id) {
        EligibilityBatches.View view = batches.view(PathIds.of(id, "batch"), Callers.of(security));
        Map<UUID, String> names =
                eligibility.pseudonyms(
                        view.checks().stream().map(CoverageCheck::participantId).toList(),
                        Callers.of(security));
        return EligibilityBatchProgressView.of(view, names);
    }

    /** Runs the day's automatic re-checks now, unless an instance already ran them today. */
    @POST
    @Path("rechecks")
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public EligibilityRecheckView recheck() {
        return EligibilityRecheckView.of(rechecks.runNow(Callers.of(security)));
    }
}
