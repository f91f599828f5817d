package org.openiop.licensing.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.openiop.licensing.boundary.ClinicianCredentials;
import org.openiop.licensing.entity.CredentialView;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.web.PageMessages;
import org.openiop.plugin.spi.CredentialType;
import org.openiop.plugin.spi.Profession;
import org.openiop.security.web.SignedInUser;

/**
 * Backs /console/licensing/credentials.xhtml: a program admin records a clinician's licenses,
 * compact privileges, multistate licenses and telehealth registrations, and removes wrong ones.
 */
@Named
@ViewScoped
public class CredentialsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient ClinicianCredentials credentials;

    @Inject SignedInUser user;

    private String clinician;
    private Profession profession = Profession.COUNSELOR;
    private CredentialType type = CredentialType.LICENSE;
    private String jurisdiction;
    private String number;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String compact;

    public List<CredentialView> getHeld() {
        return clinician == null || clinician.isBlank()
                ? List.of()
                : credentials.of(clinician.strip());
    }

    public void record() {
        if (clinician == null || clinician.isBlank()) {
            PageMessages.error(PageMessages.text("credentials.whoFirst"));
            return;
        }
        try {
            credentials.record(
                    clinician.strip(),
                    profession,
                    type,
                    jurisdiction,
                    number,
                    validFrom,
                    validTo,
                    compact,
                    user.actor());
            PageMessages.info(PageMessages.text("credentials.recorded"));
            number = null;
            compact = null;
            validTo = null;
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    public void remove(CredentialView c) {
        try {
            credentials.remove(c.clinician(), c.id(), user.actor());
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    public boolean isEditable() {
        return user.holds(Role.PROGRAM_ADMIN);
    }

    public String getClinician() {
        return clinician;
    }

    public void setClinician(String v) {
        clinician = v;
    }

    public Profession getProfession() {
        return profession;
    }

    public void setProfession(Profession v) {
        profession = v;
    }

    public CredentialType getType() {
        return type;
    }

    public void setType(CredentialType v) {
        type = v;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String v) {
        jurisdiction = v;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String v) {
        number = v;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate v) {
        validFrom = v;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate v) {
        validTo = v;
    }

    public String getCompact() {
        return compact;
    }

    public void setCompact(String v) {
        compact = v;
    }
}
