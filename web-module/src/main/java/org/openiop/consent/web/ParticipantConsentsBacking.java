package org.openiop.consent.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.openiop.consent.boundary.Consents;
import org.openiop.consent.boundary.Disclosures;
import org.openiop.consent.entity.DisclosureEntry;
import org.openiop.consent.entity.SignedConsent;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.security.web.SignedInUser;

/**
 * The consents section of the console's participant page, and the accounting of disclosures for the
 * privacy officer and auditors (reading it is audited).
 */
@Named
@ViewScoped
public class ParticipantConsentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient Consents consents;

    @EJB transient Disclosures disclosures;

    @Inject SignedInUser user;

    private List<SignedConsent> list;
    private List<DisclosureEntry> accounting;

    private UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    public List<SignedConsent> consentsOf(String participant) {
        if (list == null) {
            try {
                list = consents.ofParticipant(id(participant), user.actor());
            } catch (RequestRefused e) {
                list = List.of();
            }
        }
        return list;
    }

    public boolean isMaySeeAccounting() {
        return user.holds(Role.PRIVACY_OFFICER, Role.AUDITOR);
    }

    public void showAccounting(String participant) {
        accounting = disclosures.accounting(id(participant), user.actor());
    }

    public List<DisclosureEntry> getAccounting() {
        return accounting;
    }
}
