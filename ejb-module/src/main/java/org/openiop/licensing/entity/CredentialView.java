package org.openiop.licensing.entity;

import java.time.LocalDate;
import java.util.UUID;
import org.openiop.plugin.spi.Credential;
import org.openiop.plugin.spi.CredentialType;
import org.openiop.plugin.spi.Profession;

/**
 * A clinician's recorded credential as pages, the API and the licensing plugins read it; {@code
 * validTo} and {@code compact} are null when it has none.
 */
public record CredentialView(
        UUID id,
        String clinician,
        Profession profession,
        CredentialType type,
        String jurisdiction,
        String number,
        LocalDate validFrom,
        LocalDate validTo,
        String compact) {

    public static CredentialView of(ClinicianCredential c) {
        return new CredentialView(
                c.getId(),
                c.getClinician(),
                c.getProfession(),
                c.getType(),
                c.getJurisdiction(),
                c.getNumber(),
                c.getValidFrom(),
                c.getValidTo(),
                c.getCompact());
    }

    /** The credential as the licensing plugins read it. */
    public Credential toCredential() {
        return new Credential(type, profession, jurisdiction, number, validFrom, validTo, compact);
    }
}
