package org.openiop.consent.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.openiop.consent.boundary.Agreements;
import org.openiop.consent.entity.PublishedAgreement;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.web.PageMessages;
import org.openiop.security.web.SignedInUser;

/**
 * Backs /portal/agreement.xhtml: the participant reads the current confidentiality agreement of one
 * of their programs and signs it with a tick and their typed pseudonym.
 */
@Named
@ViewScoped
public class AgreementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient Agreements agreements;

    @Inject SignedInUser user;

    private String program;
    private PublishedAgreement version;
    private boolean agree;
    private String signature;

    public void load() {
        try {
            UUID id = UUID.fromString(program);
            version =
                    agreements.toSign(user.actor()).stream()
                            .filter(v -> v.programId().equals(id))
                            .findFirst()
                            .orElse(null);
        } catch (IllegalArgumentException | NullPointerException | RequestRefused e) {
            version = null;
        }
        if (version == null) {
            PageMessages.info(PageMessages.text("agreement.nothingToSign"));
        }
    }

    public String sign() {
        return AgreementSigning.sign(
                        agreements,
                        user.actor(),
                        version.programId(),
                        version.sha256(),
                        agree,
                        signature)
                ? "/portal/index?faces-redirect=true&signed=agreement"
                : null;
    }

    public String getHtml() {
        return version == null ? null : agreements.html(version);
    }

    public PublishedAgreement getVersion() {
        return version;
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String v) {
        program = v;
    }

    public boolean isAgree() {
        return agree;
    }

    public void setAgree(boolean v) {
        agree = v;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String v) {
        signature = v;
    }
}
