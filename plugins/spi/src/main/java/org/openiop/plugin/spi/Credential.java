package org.openiop.plugin.spi;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One license, privilege or registration a clinician holds.
 *
 * @param type what kind of authority it is
 * @param profession the profession it is for
 * @param jurisdiction USPS code of the issuing jurisdiction (for a privilege: the home state)
 * @param number the board's number, for citing
 * @param validFrom first day it is valid
 * @param validTo last day it is valid, or null when open-ended
 * @param compact for privileges and multistate licenses, the compact's id ({@code PSYPACT}, {@code
 *     COUNSELING}, {@code SOCIAL_WORK}, {@code NLC}), plus any qualifier such as {@code
 *     PSYPACT:E.PASSPORT}; null otherwise
 */
public record Credential(
        CredentialType type,
        Profession profession,
        String jurisdiction,
        String number,
        LocalDate validFrom,
        LocalDate validTo,
        String compact) {

    public Credential {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(profession, "profession");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("A credential cannot end before it starts.");
        }
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public Optional<String> compactId() {
        return Optional.ofNullable(compact);
    }
}
