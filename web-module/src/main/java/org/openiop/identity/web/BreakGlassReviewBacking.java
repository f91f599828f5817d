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
import org.openiop.identity.entity.BreakGlassEntry;
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
    private List<BreakGlassEntry> waiting;
    private List<BreakGlassEntry> reviewed;

    public List<BreakGlassEntry> getWaiting() {
        if (waiting == null) {
            waiting = breakGlass.awaitingReview();
        }
        return waiting;
    }

    public List<BreakGlassEntry> getReviewed() {
        if (reviewed == null) {
            reviewed = breakGlass.recentlyReviewed();
        }
        return reviewed;
    }

    public void justified(BreakGlassEntry grant) {
        review(grant, true);
    }

    public void notJustified(BreakGlassEntry grant) {
        review(grant, false);
    }

    private void review(BreakGlassEntry grant, boolean justified) {
        try {
            breakGlass.review(grant.id(), justified, notes.get(grant.id()), user.actor());
            PageMessages.info("Review recorded.");
            notes.remove(grant.id());
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
    public String explanationOf(BreakGlassEntry grant) {
        String text = breakGlass.explanation(grant.id());
        return text.isEmpty() ? "—" : text;
    }

    /** The note typed for each grant, keyed by grant id. */
    public Map<UUID, String> getNotes() {
        return notes;
    }
}
