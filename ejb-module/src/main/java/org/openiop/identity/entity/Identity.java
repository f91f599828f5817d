package org.openiop.identity.entity;

import java.time.LocalDate;

/**
 * Who a participant really is, as intake staff record it. Lives only inside the vault, sealed;
 * never in another table, a log line, a Keycloak attribute or anything a peer or vendor receives.
 * {@link IdentityRules} says whether one is complete.
 */
public record Identity(
        String legalFirstName,
        String legalMiddleName,
        String legalLastName,
        LocalDate dateOfBirth,
        String phone,
        String streetAddress,
        String city,
        String postalState,
        String postalCode,
        String stateOfResidence,
        String emergencyContactName,
        String emergencyContactPhone,
        String insurancePayer,
        String insuranceMemberId) {

    /** First, middle and last name, as one line for intake's eyes only. */
    public String legalName() {
        StringBuilder name = new StringBuilder(legalFirstName == null ? "" : legalFirstName);
        if (legalMiddleName != null && !legalMiddleName.isBlank()) {
            name.append(' ').append(legalMiddleName);
        }
        return name.append(' ')
                .append(legalLastName == null ? "" : legalLastName)
                .toString()
                .strip();
    }

    /** Never prints the contents, so that a stray log call cannot leak them. */
    @Override
    public String toString() {
        return "Identity[sealed contents not shown]";
    }
}
