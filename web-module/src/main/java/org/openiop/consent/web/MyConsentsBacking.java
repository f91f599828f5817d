package org.openiop.consent.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openiop.consent.boundary.Consents;
import org.openiop.consent.entity.ConsentTerms;
import org.openiop.consent.entity.ConsentType;
import org.openiop.consent.entity.DisclosurePurpose;
import org.openiop.consent.entity.Part2Notice;
import org.openiop.consent.entity.RecipientClass;
import org.openiop.consent.entity.SignedConsent;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.web.PageMessages;
import org.openiop.security.web.SignedInUser;

/**
 * Backs /portal/consents.xhtml: the participant's consents, each with a written revocation, and a
 * form to sign a new one. The form starts as the common case (TPO for the treatment team until
 * discharge) and every element 42 CFR 2.31 asks for is on it.
 */
@Named
@ViewScoped
public class MyConsentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient Consents consents;

    @Inject SignedInUser user;

    private ConsentType type = ConsentType.TPO;
    private RecipientClass recipientClass = RecipientClass.TREATMENT_TEAM;
    private String recipientName;
    private DisclosurePurpose purpose = DisclosurePurpose.TREATMENT;
    private String purposeText;
    private String information;
    private LocalDate expiresOn;
    private boolean untilDischarge = true;
    private String signature;
    private final Map<UUID, String> revocations = new HashMap<>();

    private String preset;

    public String getPreset() {
        return preset;
    }

    public void setPreset(String v) {
        preset = v;
    }

    /**
     * Pre-fills the form for a kind of consent (from the start page's "To sign" links); first visit
     * only.
     */
    public void applyPreset() {
        String kind = preset;
        if ("TELEHEALTH".equals(kind)) {
            type = ConsentType.TELEHEALTH;
            purpose = DisclosurePurpose.TELEHEALTH_CARE;
            information = PageMessages.text("consent.preset.telehealth");
        } else if ("TPO".equals(kind)) {
            information = PageMessages.text("consent.preset.tpo");
        }
    }

    public String sign() {
        if (signature == null || signature.isBlank()) {
            PageMessages.error(PageMessages.text("consent.typePseudonym"));
            return null;
        }
        try {
            consents.sign(
                    user.actor(),
                    List.of(
                            new ConsentTerms(
                                    type,
                                    recipientClass,
                                    recipientName,
                                    purpose,
                                    purposeText,
                                    information,
                                    untilDischarge ? null : expiresOn,
                                    untilDischarge)),
                    signature);
            return "/portal/consents?faces-redirect=true&signed=true";
        } catch (RequestRefused e) {
            PageMessages.error(
                    e.fields().containsKey("signature")
                            ? PageMessages.text("consent.typePseudonym")
                            : e.getMessage());
            return null;
        }
    }

    public void revoke(SignedConsent consent) {
        try {
            consents.revoke(user.actor(), consent.id(), revocations.get(consent.id()));
            PageMessages.info(PageMessages.text("consent.revoked"));
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    public List<SignedConsent> getMine() {
        return consents.mine(user.actor());
    }

    public String getRevocationStatement() {
        return Part2Notice.REVOCATION;
    }

    public ConsentType[] getTypes() {
        return ConsentType.values();
    }

    public RecipientClass[] getRecipientClasses() {
        return RecipientClass.values();
    }

    public DisclosurePurpose[] getPurposes() {
        return DisclosurePurpose.values();
    }

    public Map<UUID, String> getRevocations() {
        return revocations;
    }

    public ConsentType getType() {
        return type;
    }

    public void setType(ConsentType v) {
        type = v;
    }

    public RecipientClass getRecipientClass() {
        return recipientClass;
    }

    public void setRecipientClass(RecipientClass v) {
        recipientClass = v;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public void setRecipientName(String v) {
        recipientName = v;
    }

    public DisclosurePurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(DisclosurePurpose v) {
        purpose = v;
    }

    public String getPurposeText() {
        return purposeText;
    }

    public void setPurposeText(String v) {
        purposeText = v;
    }

    public String getInformation() {
        return information;
    }

    public void setInformation(String v) {
        information = v;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate v) {
        expiresOn = v;
    }

    public boolean isUntilDischarge() {
        return untilDischarge;
    }

    public void setUntilDischarge(boolean v) {
        untilDischarge = v;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String v) {
        signature = v;
    }
}
