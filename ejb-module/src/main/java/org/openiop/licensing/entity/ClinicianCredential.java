package org.openiop.licensing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.openiop.platform.entity.UsJurisdictions;
import org.openiop.platform.entity.Versioned;
import org.openiop.plugin.spi.Credential;
import org.openiop.plugin.spi.CredentialType;
import org.openiop.plugin.spi.Profession;

/**
 * One license, privilege or registration a clinician holds, as a program admin recorded it. The
 * licensing rules receive it as an SPI {@link Credential}.
 */
@Entity
@Table(name = "clinician_credential")
@NamedQuery(
        name = ClinicianCredential.OF,
        query =
                "select c from ClinicianCredential c where c.clinician = :clinician "
                        + "order by c.jurisdiction, c.validFrom")
public class ClinicianCredential extends Versioned {

    public static final String OF = "ClinicianCredential.of";

    @Column(nullable = false, length = 80)
    private String clinician;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Profession profession;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private CredentialType type;

    @Column(nullable = false, length = 2)
    private String jurisdiction;

    @Column(nullable = false, length = 40)
    private String number;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(length = 40)
    private String compact;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ClinicianCredential() {
        // for JPA
    }

    /**
     * @throws IllegalArgumentException with a message naming what is wrong
     */
    public ClinicianCredential(
            String clinician,
            Profession profession,
            CredentialType type,
            String jurisdiction,
            String number,
            LocalDate validFrom,
            LocalDate validTo,
            String compact,
            String recordedBy,
            Instant recordedAt) {
        if (clinician == null || !clinician.matches("[A-Za-z0-9._@-]{1,80}")) {
            throw new IllegalArgumentException("Name the clinician by their sign-in username.");
        }
        if (!UsJurisdictions.isCode(jurisdiction)) {
            throw new IllegalArgumentException(
                    "The jurisdiction must be a US state or territory code such as IL.");
        }
        if (number == null || number.isBlank() || number.strip().length() > 40) {
            throw new IllegalArgumentException(
                    "Give the credential's number (at most 40 characters).");
        }
        if (compact != null && compact.strip().length() > 40) {
            throw new IllegalArgumentException("The compact has at most 40 characters.");
        }
        newId();
        this.clinician = clinician;
        this.profession = Objects.requireNonNull(profession, "Choose the profession.");
        this.type = Objects.requireNonNull(type, "Choose the kind of credential.");
        this.jurisdiction = jurisdiction.toUpperCase(Locale.ROOT);
        this.number = number.strip();
        this.validFrom =
                Objects.requireNonNull(validFrom, "Give the date the credential became valid.");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("A credential cannot end before it starts.");
        }
        this.validTo = validTo;
        this.compact = compact == null || compact.isBlank() ? null : compact.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Credential toCredential() {
        return new Credential(type, profession, jurisdiction, number, validFrom, validTo, compact);
    }

    public String getClinician() {
        return clinician;
    }

    public Profession getProfession() {
        return profession;
    }

    public CredentialType getType() {
        return type;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getCompact() {
        return compact;
    }
}
