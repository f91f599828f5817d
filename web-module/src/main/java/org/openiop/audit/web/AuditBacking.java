package org.openiop.audit.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.boundary.AuditUnavailable;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.audit.entity.ChainVerification;
import org.openiop.platform.web.PageMessages;
import org.openiop.security.web.SignedInUser;

/** Backs /console/audit/index.xhtml. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient AuditTrail trail;

    @Inject SignedInUser user;

    private ChainVerification result;
    private String target;
    private List<AuditRecord> events;

    public void verify() {
        try {
            while (trail.seal(true) == AuditTrail.SEAL_BATCH) {
                // seal everything waiting before walking the chain
            }
            result = trail.verify();
            trail.recordAttempt(
                    user.getUsername(),
                    "audit.verify",
                    null,
                    null,
                    result.intact() ? AuditRecord.SUCCESS : AuditRecord.FAILED);
        } catch (AuditUnavailable e) {
            PageMessages.error(e.getMessage());
        }
    }

    public void search() {
        events = null;
    }

    public List<AuditRecord> getEvents() {
        if (events == null) {
            events = trail.about(target == null || target.isBlank() ? null : target.strip(), 100);
        }
        return events;
    }

    public ChainVerification getResult() {
        return result;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
