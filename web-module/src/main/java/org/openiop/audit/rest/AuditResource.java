package org.openiop.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
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
import java.util.Map;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.control.AuditCheckpoint;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.audit.entity.ChainVerification;
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
    public String events(
            @QueryParam("target") String target, @QueryParam("max") @DefaultValue("100") int max) {
        JsonArrayBuilder events = Json.createArrayBuilder();
        for (AuditRecord e :
                trail.about(
                        target == null || target.isBlank() ? null : target,
                        Math.max(1, Math.min(max, 500)))) {
            JsonObjectBuilder event =
                    Json.createObjectBuilder()
                            .add("occurredAt", e.occurredAt().toString())
                            .add("actor", e.actor())
                            .add("action", e.action())
                            .add("outcome", e.outcome());
            if (e.target() != null) {
                event.add("target", e.target());
            }
            if (e.purpose() != null) {
                event.add("purpose", e.purpose());
            }
            events.add(event);
        }
        return events.build().toString();
    }

    @GET
    @Path("verification")
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.PRIVACY_OFFICER})
    public String verify() {
        sealEverything();
        ChainVerification result = trail.verify();
        trail.recordAttempt(
                security.getUserPrincipal().getName(),
                "audit.verify",
                null,
                null,
                result.intact() ? AuditRecord.SUCCESS : AuditRecord.FAILED);
        JsonArrayBuilder problems = Json.createArrayBuilder();
        result.problems().forEach(problems::add);
        JsonObjectBuilder json =
                Json.createObjectBuilder()
                        .add("intact", result.intact())
                        .add("events", result.events())
                        .add("checkpoints", result.checkpoints())
                        .add("summary", result.summary());
        if (!result.intact()) {
            json.add("problem", result.problem()).add("problems", problems);
            if (result.brokenAt() != null) {
                json.add("brokenAt", result.brokenAt());
            }
        }
        return json.build().toString();
    }

    /**
     * Seals what is waiting and appends a signed checkpoint of the chain's end to the checkpoint
     * file now (before a backup, say), rather than at the next interval. 200 with the checkpoint,
     * or 204 when the chain has not grown since the last one.
     */
    @POST
    @Path("checkpoints")
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.PRIVACY_OFFICER})
    public Response checkpoint() {
        sealEverything();
        AuditCheckpoint checkpoint = trail.checkpoint();
        trail.recordAttempt(
                security.getUserPrincipal().getName(),
                "audit.checkpoint",
                null,
                null,
                AuditRecord.SUCCESS);
        if (checkpoint == null) {
            return Response.noContent().build();
        }
        return Response.ok(
                        Json.createObjectBuilder()
                                .add("index", checkpoint.index())
                                .add("link", checkpoint.link())
                                .add("at", checkpoint.at().toString())
                                .add("signature", checkpoint.signature())
                                .build()
                                .toString())
                .build();
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
