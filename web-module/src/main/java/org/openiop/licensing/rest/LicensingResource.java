package org.openiop.licensing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openiop.identity.entity.UsJurisdictions;
import org.openiop.licensing.boundary.ClinicianCredentials;
import org.openiop.licensing.boundary.LicensingDecisions;
import org.openiop.licensing.entity.CredentialView;
import org.openiop.licensing.rest.LicensingRequests.ClinicianCredentialBody;
import org.openiop.licensing.rest.LicensingRequests.LicensingQuestionBody;
import org.openiop.licensing.rest.LicensingViews.LicensingOutcomeView;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.Role;
import org.openiop.plugin.spi.Credential;
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
    public LicensingOutcomeView decide(@Valid LicensingQuestionBody body) {
        LicensingQuery query = query(body);
        if (body.clinician() != null && body.credentials() == null) {
            // The clinician's recorded credentials, as the join flow will use them.
            query =
                    new LicensingQuery(
                            body.clinician(),
                            query.profession(),
                            recorded.of(body.clinician()).stream()
                                    .map(CredentialView::toCredential)
                                    .toList(),
                            query.participantJurisdiction(),
                            query.modality(),
                            query.date());
        }
        return LicensingOutcomeView.of(decisions.decide(query));
    }

    /** The question as the plugins read it; what is missing is said in one sentence each. */
    static LicensingQuery query(LicensingQuestionBody body) {
        String where =
                body.jurisdiction() == null ? "" : body.jurisdiction().toUpperCase(Locale.ROOT);
        if (!UsJurisdictions.isCode(where)) {
            throw new Invalid("jurisdiction must be a US state or territory code such as IL.");
        }
        List<Credential> credentials = new ArrayList<>();
        for (ClinicianCredentialBody c :
                body.credentials() == null
                        ? List.<ClinicianCredentialBody>of()
                        : body.credentials()) {
            try {
                credentials.add(
                        new Credential(
                                c.type(),
                                c.profession(),
                                c.jurisdiction() == null
                                        ? ""
                                        : c.jurisdiction().toUpperCase(Locale.ROOT),
                                c.number() == null ? "" : c.number(),
                                c.validFrom(),
                                c.validTo(),
                                c.compact()));
            } catch (IllegalArgumentException | NullPointerException e) {
                // A missing type, profession or start date, or an end before the start.
                throw new Invalid(
                        "Each credential needs type (LICENSE, COMPACT_PRIVILEGE,"
                            + " MULTISTATE_LICENSE, TELEHEALTH_REGISTRATION), profession,"
                            + " jurisdiction, number, validFrom (yyyy-mm-dd) and may have validTo"
                            + " and compact.");
            }
        }
        if (body.profession() == null || body.date() == null) {
            throw new Invalid(
                    "profession must be one of "
                            + List.of(Profession.values())
                            + ", modality one of "
                            + List.of(Modality.values())
                            + ", and date a date such as 2026-12-01.");
        }
        return new LicensingQuery(
                body.clinicianRef() == null ? "check" : body.clinicianRef(),
                body.profession(),
                credentials,
                where,
                body.modality() == null ? Modality.VIDEO : body.modality(),
                body.date());
    }
}
