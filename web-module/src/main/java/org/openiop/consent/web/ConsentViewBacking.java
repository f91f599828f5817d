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
import org.openiop.platform.web.PageMessages;
import org.openiop.security.web.SignedInUser;

/**
 * Backs the printable consent (/portal/consent.xhtml, and the same for staff) and the accounting of
 * disclosures (/portal/disclosures.xhtml).
 */
@Named
@ViewScoped
public class ConsentViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient Consents consents;

    @EJB transient Disclosures disclosures;

    @Inject SignedInUser user;

    private String id;
    private SignedConsent consent;

    public void load() {
        try {
            consent = consents.one(UUID.fromString(id), user.actor());
        } catch (IllegalArgumentException | NullPointerException | RequestRefused e) {
            PageMessages.error(PageMessages.text("consent.notFound"));
        }
    }

    public List<DisclosureEntry> getAccounting() {
        return disclosures.myAccounting(user.actor());
    }

    public SignedConsent getConsent() {
        return consent;
    }

    public String getId() {
        return id;
    }

    public void setId(String v) {
        id = v;
    }
}
