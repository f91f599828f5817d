package org.openiop.licensing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openiop.identity.entity.UsJurisdictions;
import org.openiop.licensing.boundary.ClinicianCredentials;
import org.openiop.licensing.boundary.LicensingDecisions;
import org.openiop.licensing.control.DecisionComposer;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.Role;
import org.openiop.plugin.spi.Credential;
import org.openiop.plugin.spi.CredentialType;
import org.openiop.plugin.spi.LicensingDecision;
import org.openiop.plugin.spi.LicensingQuery;
import org.openiop.plugin.spi.Modality;
import org.openiop.plugin.spi.Profession;

/**
 * "May this clinician serve someone in this state on this date by this modality?" The answer is the
 * composed decision of every active licensing plugin, with each plugin's own answer.
 */
@Path("licensing/decisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LicensingResource {

    @EJB LicensingDecisions decisions;

    @EJB ClinicianCredentials recorded;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PROGRAM_ADMIN, Role.Names.CLINICIAN})
    public String decide(JsonObject body) {
        LicensingQuery query = query(body);
        if (body.containsKey("clinician") && !body.containsKey("credentials")) {
            // The clinician's recorded credentials, as the join flow will use them.
            String clinician = body.getString("clinician", "");
            query =
                    new LicensingQuery(
                            clinician,
                            query.profession(),
                            recorded.of(clinician).stream().map(c -> c.toCredential()).toList(),
                            query.participantJurisdiction(),
                            query.modality(),
                            query.date());
        }
        DecisionComposer.Composed composed = decisions.decide(query);
        JsonObjectBuilder byPlugin = Json.createObjectBuilder();
        composed.byPlugin().forEach((id, d) -> byPlugin.add(id, json(d)));
        return json(composed.decision()).add("byPlugin", byPlugin).build().toString();
    }

    static LicensingQuery query(JsonObject body) {
        if (body == null) {
            throw new Invalid(
                    "Send the question as JSON: profession, jurisdiction, modality, date,"
                            + " credentials.");
        }
        String where = body.getString("jurisdiction", "").toUpperCase(Locale.ROOT);
        if (!UsJurisdictions.isCode(where)) {
            throw new Invalid("jurisdiction must be a US state or territory code such as IL.");
        }
        List<Credential> credentials = new ArrayList<>();
        for (JsonValue v :
                body.getJsonArray("credentials") == null
                        ? List.<JsonValue>of()
                        : body.getJsonArray("credentials")) {
            JsonObject c = v.asJsonObject();
            try {
                credentials.add(
                        new Credential(
                                CredentialType.valueOf(c.getString("type", "")),
                                Profession.valueOf(c.getString("profession", "")),
                                c.getString("jurisdiction", "").toUpperCase(Locale.ROOT),
                                c.getString("number", ""),
                                LocalDate.parse(c.getString("validFrom", "")),
                                c.containsKey("validTo") && !c.isNull("validTo")
                                        ? LocalDate.parse(c.getString("validTo"))
                                        : null,
                                c.getString("compact", null)));
            } catch (IllegalArgumentException
                    | DateTimeParseException
                    | NullPointerException
                    | ClassCastException e) {
                throw new Invalid(
                        "Each credential needs type (LICENSE, COMPACT_PRIVILEGE,"
                            + " MULTISTATE_LICENSE, TELEHEALTH_REGISTRATION), profession,"
                            + " jurisdiction, number, validFrom (yyyy-mm-dd) and may have validTo"
                            + " and compact.");
            }
        }
        try {
            return new LicensingQuery(
                    body.getString("clinicianRef", "check"),
                    Profession.valueOf(body.getString("profession", "")),
                    credentials,
                    where,
                    Modality.valueOf(body.getString("modality", "VIDEO")),
                    LocalDate.parse(body.getString("date", "")));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new Invalid(
                    "profession must be one of "
                            + List.of(Profession.values())
                            + ", modality one of "
                            + List.of(Modality.values())
                            + ", and date a date such as 2026-12-01.");
        }
    }

    static JsonObjectBuilder json(LicensingDecision d) {
        JsonArrayBuilder reasons = Json.createArrayBuilder();
        d.reasons().forEach(reasons::add);
        JsonArrayBuilder warnings = Json.createArrayBuilder();
        d.warnings().forEach(warnings::add);
        JsonArrayBuilder obligations = Json.createArrayBuilder();
        d.obligations()
                .forEach(
                        o ->
                                obligations.add(
                                        Json.createObjectBuilder()
                                                .add("code", o.code())
                                                .add("text", o.text())
                                                .add("who", o.who().name())
                                                .add("citation", o.citation().title())));
        JsonArrayBuilder citations = Json.createArrayBuilder();
        d.citations()
                .forEach(
                        c ->
                                citations.add(
                                        Json.createObjectBuilder()
                                                .add("title", c.title())
                                                .add("url", c.url())
                                                .add(
                                                        "asOf",
                                                        c.asOf() == null
                                                                ? ""
                                                                : c.asOf().toString())));
        return Json.createObjectBuilder()
                .add("verdict", d.verdict().name())
                .add("reasons", reasons)
                .add("obligations", obligations)
                .add("citations", citations)
                .add("warnings", warnings);
    }
}
