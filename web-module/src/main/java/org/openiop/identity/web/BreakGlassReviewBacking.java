package org.openiop.identity.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openiop.identity.boundary.BreakGlass;
import org.openiop.identity.boundary.VaultAccessDenied;
import org.openiop.identity.entity.BreakGlassGrant;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.web.PageMessages;
import org.openiop.security.web.SignedInUser;

/**
 * Backs /console/privacy/break-glass.xhtml: every emergency view waits here for a privacy officer's
 * judgement.
 */
@Named
@ViewScoped
public class BreakGlassReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient BreakGlass breakGlass;

    @Inject SignedInUser user;

    private final Map<UUID, String> notes = new HashMap<>();
    private List<BreakGlassGrant> waiting;
    private List<BreakGlassGrant> reviewed;

    public List<BreakGlassGrant> getWaiting() {
        if (waiting == null) {
            waiting = breakGlass.awaitingReview();
        }
        return waiting;
    }

    public List<BreakGlassGrant> getReviewed() {
        if (reviewed == null) {
            reviewed = breakGlass.recentlyReviewed();
        }
        return reviewed;
    }

    public void justified(BreakGlassGrant grant) {
        review(grant, true);
    }

    public void notJustified(BreakGlassGrant grant) {
        review(grant, false);
    }

    private void review(BreakGlassGrant grant, boolean justified) {
        try {
            breakGlass.review(grant.getId(), justified, notes.get(grant.getId()), user.actor());
            PageMessages.info("Review recorded.");
            notes.remove(grant.getId());
            waiting = null;
            reviewed = null;
        } catch (RequestRefused | VaultAccessDenied e) {
            PageMessages.error(e.getMessage());
        }
    }

    /**
     * The clinician's explanation, opened for this review (it is sealed under the participant's
     * data key).
     */
    public String explanationOf(BreakGlassGrant grant) {
        String text = breakGlass.explanation(grant);
        return text.isEmpty() ? "—" : text;
    }

    /** The note typed for each grant, keyed by grant id. */
    public Map<UUID, String> getNotes() {
        return notes;
    }
}
