package org.openiop.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.audit.entity.ChainVerification;
import org.openiop.platform.boundary.Role;

/** Verifies the audit chain for auditors: seals what is waiting, then walks every event. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB
    AuditTrail trail;

    @Context
    SecurityContext security;

    /** The latest events, optionally about one target; at most 500. */
    @GET
    @Path("events")
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.PRIVACY_OFFICER})
    public String events(@QueryParam("target") String target, @QueryParam("max") @DefaultValue("100") int max) {
        JsonArrayBuilder events = Json.createArrayBuilder();
        for (AuditRecord e : trail.about(target == null || target.isBlank() ? null : target, Math.max(1, Math.min(max, 500)))) {
            JsonObjectBuilder event = Json.createObjectBuilder().add("occurredAt", e.occurredAt().toString())
                    .add("actor", e.actor()).add("action", e.action()).add("outcome", e.outcome());
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
        while (trail.seal() == AuditTrail.SEAL_BATCH) {
            // keep sealing until nothing waits
        }
        ChainVerification result = trail.verify();
        trail.recordAttempt(security.getUserPrincipal().getName(), "audit.verify", null, null,
                result.intact() ? AuditRecord.SUCCESS : AuditRecord.FAILED);
        JsonObjectBuilder json = Json.createObjectBuilder().add("intact", result.intact()).add("events", result.events())
                .add("summary", result.summary());
        if (!result.intact()) {
            json.add("brokenAt", result.brokenAt()).add("problem", result.problem());
        }
        return json.build().toString();
    }
}
