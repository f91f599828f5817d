package org.openiop.participant.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openiop.identity.boundary.BreakGlass;
import org.openiop.identity.boundary.IdentityVault;
import org.openiop.identity.entity.BreakGlassEntry;
import org.openiop.identity.entity.Purpose;
import org.openiop.participant.boundary.Enrollment;
import org.openiop.participant.boundary.Enrollments;
import org.openiop.participant.boundary.Participants;
import org.openiop.participant.boundary.TemporaryPasswords;
import org.openiop.participant.entity.ParticipantQuery;
import org.openiop.participant.entity.ParticipantStatus;
import org.openiop.participant.rest.ParticipantRequests.BreakGlassBody;
import org.openiop.participant.rest.ParticipantRequests.EnrollmentBody;
import org.openiop.participant.rest.ParticipantRequests.ErasureBody;
import org.openiop.participant.rest.ParticipantViews.AccountHandOutView;
import org.openiop.participant.rest.ParticipantViews.BreakGlassGrantView;
import org.openiop.participant.rest.ParticipantViews.IdentityView;
import org.openiop.participant.rest.ParticipantViews.ParticipantPageView;
import org.openiop.participant.rest.ParticipantViews.ParticipantSummaryView;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.PathIds;
import org.openiop.security.web.Callers;

/**
 * Participants for staff. Lists and single records are pseudonymous; the real identity comes only
 * from {@code /identity}, with a purpose, and every such read is audited by the vault.
 */
@Path("participants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantsResource {

    @EJB Enrollments enrollments;

    @EJB TemporaryPasswords temporaryPasswords;

    @EJB Participants participants;

    @EJB IdentityVault vault;

    @EJB BreakGlass breakGlass;

    @Context SecurityContext security;

    @GET
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PRIVACY_OFFICER,
        Role.Names.PROGRAM_ADMIN
    })
    public ParticipantPageView list(
            @QueryParam("q") String text,
            @QueryParam("status") String status,
            @QueryParam("sort") @DefaultValue("enrolledAt") String sort,
            @QueryParam("dir") @DefaultValue("desc") String direction,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        ParticipantQuery query;
        try {
            query =
                    new ParticipantQuery(
                            text,
                            status == null
                                    ? null
                                    : ParticipantStatus.valueOf(status.toUpperCase(Locale.ROOT)),
                            sort,
                            !"desc".equalsIgnoreCase(direction),
                            first,
                            max);
        } catch (IllegalArgumentException e) {
            throw new Invalid(
                    e.getMessage() == null || e.getMessage().startsWith("No enum")
                            ? "Status is one of INVITED, ACTIVE or DISCHARGED."
                            : e.getMessage());
        }
        return ParticipantPageView.of(participants.page(query, Callers.of(security)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.INTAKE)
    @APIResponse(
            responseCode = "201",
            description = "Enrolled: the username and temporary password to hand the participant.",
            content = @Content(schema = @Schema(implementation = AccountHandOutView.class)))
    public Response enroll(@Valid EnrollmentBody body) {
        Enrollment done =
                enrollments.enroll(body.identity(), body.acknowledged(), Callers.of(security));
        return Response.status(Response.Status.CREATED).entity(AccountHandOutView.of(done)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PRIVACY_OFFICER,
        Role.Names.PROGRAM_ADMIN
    })
    public ParticipantSummaryView one(@PathParam("id") String id) {
        return ParticipantSummaryView.of(
                participants
                        .find(PathIds.of(id, "participant"), Callers.of(security))
                        .orElseThrow(() -> new NotFound("There is no participant with that id.")));
    }

    /** The real identity, for a stated purpose; the vault audits every read. */
    @GET
    @Path("{id}/identity")
    @RolesAllowed({Role.Names.CLINICIAN, Role.Names.INTAKE, Role.Names.PRIVACY_OFFICER})
    public IdentityView identity(
            @PathParam("id") String id, @QueryParam("purpose") String purpose) {
        Purpose stated = purpose(purpose);
        return IdentityView.of(
                vault.read(PathIds.of(id, "participant"), stated, Callers.of(security)));
    }

    /**
     * Opens an emergency view. {@code "notMyGroup": true} opens the view of someone outside the
     * clinician's groups, with an explanation, flagged for review.
     */
    @POST
    @Path("{id}/break-glass")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.CLINICIAN)
    @APIResponse(
            responseCode = "201",
            description = "The emergency view, open for 15 minutes.",
            content = @Content(schema = @Schema(implementation = BreakGlassGrantView.class)))
    public Response breakGlass(@PathParam("id") String id, @Valid BreakGlassBody body) {
        if (body.reason() == null) {
            throw new Invalid(
                    "The reason is MEDICAL_EMERGENCY, DUTY_TO_WARN or OTHER (with an"
                            + " explanation).");
        }
        BreakGlassEntry grant =
                breakGlass.grant(
                        PathIds.of(id, "participant"),
                        body.reason(),
                        body.explanation(),
                        Boolean.TRUE.equals(body.notMyGroup()),
                        Callers.of(security));
        return Response.status(Response.Status.CREATED)
                .entity(BreakGlassGrantView.of(grant))
                .build();
    }

    /**
     * A new hand-out: a new temporary password for a participant who lost theirs or let it expire
     * (audited).
     */
    @POST
    @Path("{id}/temporary-password")
    @RolesAllowed(Role.Names.INTAKE)
    public AccountHandOutView newTemporaryPassword(@PathParam("id") String id) {
        return AccountHandOutView.of(
                temporaryPasswords.reissue(PathIds.of(id, "participant"), Callers.of(security)));
    }

    @POST
    @Path("{id}/discharge")
    @RolesAllowed({Role.Names.INTAKE, Role.Names.PROGRAM_ADMIN})
    public ParticipantSummaryView discharge(@PathParam("id") String id) {
        return ParticipantSummaryView.of(
                participants.discharge(PathIds.of(id, "participant"), Callers.of(security)));
    }

    @POST
    @Path("{id}/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public ParticipantSummaryView erase(@PathParam("id") String id, @Valid ErasureBody body) {
        if (body.reason() == null) {
            throw new Invalid(
                    "The reason is PARTICIPANT_REQUEST, ENROLLED_IN_ERROR, RETENTION_ENDED or"
                            + " LEGAL_ORDER.");
        }
        return ParticipantSummaryView.of(
                participants.erase(
                        PathIds.of(id, "participant"), body.reason(), Callers.of(security)));
    }

    private static Purpose purpose(String purpose) {
        try {
            return Purpose.valueOf(
                    purpose == null ? "" : purpose.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new Invalid(
                    "State the purpose: ?purpose=enrollment, payment, emergency or legal-request.");
        }
    }
}
