package org.openiop.licensing.rest;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.openiop.platform.rest.MaxItems;
import org.openiop.platform.rest.MaxLength;
import org.openiop.plugin.spi.CredentialType;
import org.openiop.plugin.spi.Modality;
import org.openiop.plugin.spi.Profession;

/**
 * What the licensing API takes. Types and sizes are checked here; whether a question or a
 * credential is complete is said by the resource or the boundary, in the words clients know.
 */
public final class LicensingRequests {

    private LicensingRequests() {}

    /**
     * A credential: type, profession, jurisdiction, number and the date it became valid; validTo
     * and compact are optional. Jurisdictions are US state or territory codes ("IL"), any case.
     */
    public record ClinicianCredentialBody(
            CredentialType type,
            Profession profession,
            @MaxLength(8) String jurisdiction,
            @MaxLength(100) String number,
            LocalDate validFrom,
            LocalDate validTo,
            @MaxLength(100) String compact) {}

    /**
     * "May this clinician serve someone in this jurisdiction on this date by this modality?" Either
     * the credentials to decide on, or {@code clinician} (a username) to decide on the credentials
     * recorded for them. Modality defaults to video; {@code clinicianRef} names the clinician
     * opaquely in the stored decision.
     */
    public record LicensingQuestionBody(
            @MaxLength(100) String clinician,
            @MaxLength(100) String clinicianRef,
            Profession profession,
            @MaxLength(8) String jurisdiction,
            Modality modality,
            LocalDate date,
            // @Valid checks each credential's own limits; Payara's OpenAPI scan reads only
            // constraints such as @Size, so this does not upset it.
            @Valid @MaxItems(50) List<ClinicianCredentialBody> credentials) {}
}
