package org.openiop.licensing.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openiop.licensing.boundary.LicensingDecisions;
import org.openiop.licensing.entity.DecisionComposer;
import org.openiop.platform.entity.UsJurisdictions;
import org.openiop.platform.web.PageMessages;
import org.openiop.plugin.spi.Credential;
import org.openiop.plugin.spi.CredentialType;
import org.openiop.plugin.spi.LicensingDecision;
import org.openiop.plugin.spi.LicensingQuery;
import org.openiop.plugin.spi.Modality;
import org.openiop.plugin.spi.Profession;

/**
 * Backs /console/licensing/check.xhtml: "may a clinician with these credentials serve someone in
 * this state on this date by this modality?", answered by every active licensing plugin and
 * composed, with reasons, obligations, citations and warnings.
 */
@Named
@ViewScoped
public class LicensingCheckBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient LicensingDecisions decisions;

    private Profession profession = Profession.COUNSELOR;
    private String jurisdiction;
    private Modality modality = Modality.VIDEO;
    private LocalDate date = LocalDate.now();
    private final List<CredentialInput> credentials =
            new ArrayList<>(List.of(new CredentialInput(), new CredentialInput()));
    private transient DecisionComposer.Composed answer;

    /** One credential row of the form; a row without a jurisdiction is ignored. */
    public static class CredentialInput implements Serializable {

        private static final long serialVersionUID = 1L;
        private CredentialType type = CredentialType.LICENSE;
        private String jurisdiction;
        private String number;
        private LocalDate validFrom;
        private LocalDate validTo;
        private String compact;

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

    public void check() {
        if (jurisdiction == null || !UsJurisdictions.isCode(jurisdiction) || date == null) {
            PageMessages.error("Choose where the participant is and the date of the session.");
            return;
        }
        List<Credential> held = new ArrayList<>();
        for (CredentialInput c : credentials) {
            if (c.jurisdiction == null || c.jurisdiction.isBlank()) {
                continue;
            }
            if (c.validFrom == null) {
                PageMessages.error("Each credential needs the date it became valid.");
                return;
            }
            try {
                held.add(
                        new Credential(
                                c.type,
                                profession,
                                c.jurisdiction,
                                c.number == null ? "" : c.number.strip(),
                                c.validFrom,
                                c.validTo,
                                c.compact == null || c.compact.isBlank()
                                        ? null
                                        : c.compact.strip()));
            } catch (IllegalArgumentException e) {
                PageMessages.error(e.getMessage());
                return;
            }
        }
        answer =
                decisions.decide(
                        new LicensingQuery(
                                "licensing-check", profession, held, jurisdiction, modality, date));
    }

    public LicensingDecision getDecision() {
        return answer == null ? null : answer.decision();
    }

    /** Each plugin's own answer, by plugin id. */
    public List<Map.Entry<String, LicensingDecision>> getByPlugin() {
        return answer == null
                ? List.of()
                : List.copyOf(new java.util.TreeMap<>(answer.byPlugin()).entrySet());
    }

    public List<CredentialInput> getCredentials() {
        return credentials;
    }

    public Profession getProfession() {
        return profession;
    }

    public void setProfession(Profession p) {
        profession = p;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String j) {
        jurisdiction = j;
    }

    public Modality getModality() {
        return modality;
    }

    public void setModality(Modality m) {
        modality = m;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate d) {
        date = d;
    }
}
