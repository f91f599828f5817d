package org.openiop.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.audit.entity.ChainVerification;
import org.openiop.audit.entity.SignedCheckpoint;
import org.openiop.audit.rest.AuditViews.AuditCheckpointView;
import org.openiop.audit.rest.AuditViews.AuditEventView;
import org.openiop.audit.rest.AuditViews.AuditVerificationView;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.Role;

/**
 * The audit trail for auditors: recent events, verification, checkpoints on demand, and exports for
 * offline checking.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB AuditTrail trail;

    @Context SecurityContext security;

    /** The latest events, optionally about one target; at most 500. */
    @GET
    @Path("events")
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.PRIVACY_OFFICER})
    public List<AuditEventView> events(
            @QueryParam("target") String target, @QueryParam("max") @DefaultValue("100") int max) {
        return trail
                .about(
                        target == null || target.isBlank() ? null : target,
                        Math.max(1, Math.min(max, 500)))
                .stream()
                .map(AuditEventView::of)
                .toList();
    }

    @GET
    @Path("verification")
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.PRIVACY_OFFICER})
    public AuditVerificationView verify() {
        sealEverything();
        ChainVerification result = trail.verify();
        trail.recordAttempt(
                security.getUserPrincipal().getName(),
                "audit.verify",
                null,
                null,
                result.intact() ? AuditRecord.SUCCESS : AuditRecord.FAILED);
        return AuditVerificationView.of(result);
    }

    /**
     * Seals what is waiting and appends a signed checkpoint of the chain's end to the checkpoint
     * file now (before a backup, say), rather than at the next interval. 200 with the checkpoint,
     * or 204 when the chain has not grown since the last one.
     */
    @POST
    @Path("checkpoints")
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.PRIVACY_OFFICER})
    @APIResponse(
            responseCode = "200",
            description = "The checkpoint signed now.",
            content = @Content(schema = @Schema(implementation = AuditCheckpointView.class)))
    @APIResponse(
            responseCode = "204",
            description = "The chain has not grown since the last checkpoint; none was signed.")
    public Response checkpoint() {
        sealEverything();
        SignedCheckpoint checkpoint = trail.checkpoint();
        trail.recordAttempt(
                security.getUserPrincipal().getName(),
                "audit.checkpoint",
                null,
                null,
                AuditRecord.SUCCESS);
        if (checkpoint == null) {
            return Response.noContent().build();
        }
        return Response.ok(AuditCheckpointView.of(checkpoint)).build();
    }

    /**
     * The sealed events that occurred in [from, to) as JSON lines with their marks and links, a
     * first line naming the link before them and a signed last line; {@code openiop audit-verify}
     * checks the file offline. {@code from} and {@code to} are dates (2026-12-01, UTC) or instants;
     * by default everything up to now.
     */
    @GET
    @Path("export")
    @Produces("application/jsonl")
    @RolesAllowed(Role.Names.AUDITOR)
    @APIResponse(
            responseCode = "200",
            description =
                    "The events as JSON lines, streamed: the link before them first, a signed last"
                            + " line; a file to keep and check offline.",
            content =
                    @Content(
                            mediaType = "application/jsonl",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant start = from == null || from.isBlank() ? Instant.EPOCH : instant("from", from);
        Instant end = to == null || to.isBlank() ? Instant.now().plusSeconds(1) : instant("to", to);
        if (!start.isBefore(end)) {
            throw new Invalid("'from' must be before 'to'.", Map.of("from", "must be before 'to'"));
        }
        sealEverything();
        String auditor = security.getUserPrincipal().getName();
        trail.recordAttempt(auditor, "audit.export", null, null, AuditRecord.SUCCESS);
        StreamingOutput body =
                output -> {
                    Writer writer =
                            new BufferedWriter(
                                    new OutputStreamWriter(output, StandardCharsets.UTF_8));
                    trail.export(start, end, writer);
                    writer.flush();
                };
        return Response.ok(body)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"openiop-audit-"
                                + LocalDate.ofInstant(start, ZoneOffset.UTC)
                                + "-"
                                + LocalDate.ofInstant(end, ZoneOffset.UTC)
                                + ".jsonl\"")
                .build();
    }

    private void sealEverything() {
        while (trail.seal(true) == AuditTrail.SEAL_BATCH) {
            // keep sealing until nothing waits
        }
    }

    private static Instant instant(String name, String text) {
        try {
            return text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new Invalid(
                    "'"
                            + name
                            + "' must be a date such as 2026-12-01 or an instant such as"
                            + " 2026-12-01T18:00:00Z.",
                    Map.of(name, "not a date or instant"));
        }
    }
}
