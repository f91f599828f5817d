package org.openiop.plugin.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The question a licensing rule answers.
 *
 * @param clinicianRef an opaque id for the clinician, for the decision record
 * @param profession the profession the clinician practises in this session
 * @param credentials every credential the clinician holds (the rule picks what applies)
 * @param participantJurisdiction USPS code of where the participant is at the time of service (not
 *     their residence: telehealth is rendered where the patient is)
 * @param modality how the session is held
 * @param date the date of service, in the participant's jurisdiction
 */
public record LicensingQuery(
        String clinicianRef,
        Profession profession,
        List<Credential> credentials,
        String participantJurisdiction,
        Modality modality,
        LocalDate date) {

    public LicensingQuery {
        Objects.requireNonNull(clinicianRef, "clinicianRef");
        Objects.requireNonNull(profession, "profession");
        credentials = List.copyOf(credentials);
        Objects.requireNonNull(participantJurisdiction, "participantJurisdiction");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(date, "date");
    }
}
