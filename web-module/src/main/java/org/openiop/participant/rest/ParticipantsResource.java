package org.openiop.participant.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.util.UUID;
import org.openiop.identity.boundary.BreakGlass;
import org.openiop.identity.boundary.IdentityVault;
import org.openiop.identity.entity.BreakGlassGrant;
import org.openiop.identity.entity.BreakGlassReason;
import org.openiop.identity.entity.Purpose;
import org.openiop.participant.boundary.Enrollment;
import org.openiop.participant.boundary.Enrollments;
import org.openiop.participant.boundary.Participants;
import org.openiop.participant.boundary.TemporaryPasswords;
import org.openiop.participant.entity.ErasureReason;
import org.openiop.participant.entity.ParticipantPage;
import org.openiop.participant.entity.ParticipantQuery;
import org.openiop.participant.entity.ParticipantStatus;
import org.openiop.participant.entity.ParticipantView;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.Role;
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
    public String list(
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
        ParticipantPage page = participants.page(query, Callers.of(security));
        JsonArrayBuilder rows = Json.createArrayBuilder();
        page.rows().forEach(p -> rows.add(json(p)));
        return Json.createObjectBuilder()
                .add("total", page.total())
                .add("rows", rows)
                .build()
                .toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.INTAKE)
    public Response enroll(JsonObject body) {
        if (body == null) {
            throw new Invalid("Send the identity as a JSON object.");
        }
        Enrollment done =
                enrollments.enroll(
                        IdentityForm.from(body),
                        body.getBoolean("duplicateAcknowledged", false),
                        Callers.of(security));
        String json =
                Json.createObjectBuilder()
                        .add("participantId", done.participantId().toString())
                        .add("username", done.username())
                        .add("temporaryPassword", done.temporaryPassword())
                        .build()
                        .toString();
        return Response.status(Response.Status.CREATED).entity(json).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PRIVACY_OFFICER,
        Role.Names.PROGRAM_ADMIN
    })
    public String one(@PathParam("id") String id) {
        return json(participants
                        .find(uuid(id), Callers.of(security))
                        .orElseThrow(() -> new NotFound("There is no participant with that id.")))
                .build()
                .toString();
    }

    @GET
    @Path("{id}/identity")
    @RolesAllowed({Role.Names.CLINICIAN, Role.Names.INTAKE, Role.Names.PRIVACY_OFFICER})
    public String identity(@PathParam("id") String id, @QueryParam("purpose") String purpose) {
        Purpose stated = purpose(purpose);
        JsonObjectBuilder json = Json.createObjectBuilder();
        IdentityForm.toMap(vault.read(uuid(id), stated, Callers.of(security)))
                .forEach(
                        (k, v) -> {
                            if (v == null) {
                                json.addNull(k);
                            } else {
                                json.add(k, v.toString());
                            }
                        });
        return json.build().toString();
    }

    @POST
    @Path("{id}/break-glass")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.CLINICIAN)
    public Response breakGlass(@PathParam("id") String id, JsonObject body) {
        BreakGlassReason reason =
                choice(
                        body,
                        "reason",
                        BreakGlassReason.class,
                        "The reason is MEDICAL_EMERGENCY, DUTY_TO_WARN or OTHER (with an"
                                + " explanation).");
        // "notMyGroup": true opens the view of someone outside the clinician's groups, with an
        // explanation, flagged for review.
        boolean notMyGroup =
                body.containsKey("notMyGroup")
                        && body.get("notMyGroup") == jakarta.json.JsonValue.TRUE;
        BreakGlassGrant grant =
                breakGlass.grant(
                        uuid(id),
                        reason,
                        body.getString("explanation", null),
                        notMyGroup,
                        Callers.of(security));
        return Response.status(Response.Status.CREATED)
                .entity(BreakGlassResource.json(grant).build().toString())
                .build();
    }

    /**
     * A new hand-out: a new temporary password for a participant who lost theirs or let it expire
     * (audited).
     */
    @POST
    @Path("{id}/temporary-password")
    @RolesAllowed(Role.Names.INTAKE)
    public String newTemporaryPassword(@PathParam("id") String id) {
        Enrollment done = temporaryPasswords.reissue(uuid(id), Callers.of(security));
        return Json.createObjectBuilder()
                .add("participantId", done.participantId().toString())
                .add("username", done.username())
                .add("temporaryPassword", done.temporaryPassword())
                .build()
                .toString();
    }

    @POST
    @Path("{id}/discharge")
    @RolesAllowed({Role.Names.INTAKE, Role.Names.PROGRAM_ADMIN})
    public String discharge(@PathParam("id") String id) {
        return json(participants.discharge(uuid(id), Callers.of(security))).build().toString();
    }

    @POST
    @Path("{id}/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public String erase(@PathParam("id") String id, JsonObject body) {
        ErasureReason reason =
                choice(
                        body,
                        "reason",
                        ErasureReason.class,
                        "The reason is PARTICIPANT_REQUEST, ENROLLED_IN_ERROR, RETENTION_ENDED or"
                                + " LEGAL_ORDER.");
        return json(participants.erase(uuid(id), reason, Callers.of(security))).build().toString();
    }

    /** One of an enum's names from a string field of the body, or a 400 that lists them. */
    private static <E extends Enum<E>> E choice(
            JsonObject body, String field, Class<E> type, String refusal) {
        try {
            return Enum.valueOf(
                    type, body == null ? "" : body.getString(field, "").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new Invalid(refusal);
        }
    }

    static JsonObjectBuilder json(ParticipantView p) {
        JsonObjectBuilder json =
                Json.createObjectBuilder()
                        .add("id", p.id().toString())
                        .add("username", p.username());
        if (p.pseudonym() == null) {
            json.addNull("pseudonym");
        } else {
            json.add("pseudonym", p.pseudonym());
        }
        return json.add("status", p.status().name())
                .add("enrolledAt", p.enrolledAt().toString())
                .add("erased", p.erased());
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("There is no participant with that id.");
        }
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
