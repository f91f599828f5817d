package org.openiop.participant.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import org.openiop.identity.boundary.VaultClosed;
import org.openiop.participant.boundary.Participants;
import org.openiop.participant.entity.ParticipantView;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.web.PageMessages;
import org.openiop.security.web.SignedInUser;

/**
 * Backs the portal's /portal/pseudonym.xhtml, where a participant picks the name their groups see,
 * and /portal/index.xhtml, which sends a participant without one there first. A refusal names the
 * rule in the participant's language and never shows what the vault holds.
 */
@Named
@ViewScoped
public class PseudonymBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient Participants participants;

    @Inject SignedInUser user;

    private ParticipantView me;
    private boolean looked;
    private String candidate;
    private List<String> suggestions;
    private boolean saved;

    /**
     * The signed-in participant's record, or null when OpenIOP has no enrollment for the account.
     */
    public ParticipantView getMe() {
        if (!looked) {
            me = participants.byUsername(user.getUsername(), user.actor()).orElse(null);
            looked = true;
        }
        return me;
    }

    /** For the portal's start page: someone who has not chosen a pseudonym chooses one first. */
    public String requirePseudonym() {
        ParticipantView self = getMe();
        return self != null && self.pseudonym() == null
                ? "/portal/pseudonym?faces-redirect=true"
                : null;
    }

    public void choose() {
        try {
            me = participants.choosePseudonym(user.actor(), candidate);
            saved = true;
            suggestions = null;
        } catch (RequestRefused e) {
            ResourceBundle text =
                    FacesContext.getCurrentInstance()
                            .getApplication()
                            .getResourceBundle(FacesContext.getCurrentInstance(), "msg");
            String key = "pseudonym.rule." + e.code();
            PageMessages.error(text.containsKey(key) ? text.getString(key) : e.getMessage());
        } catch (VaultClosed e) {
            PageMessages.error(PageMessages.text("pseudonym.unavailable"));
        }
    }

    public void use(String suggestion) {
        candidate = suggestion;
    }

    public List<String> getSuggestions() {
        if (suggestions == null) {
            try {
                suggestions =
                        getMe() == null ? List.of() : participants.suggestions(user.actor(), 4);
            } catch (RequestRefused | VaultClosed e) {
                suggestions = List.of();
            }
        }
        return suggestions;
    }

    public void moreSuggestions() {
        suggestions = null;
    }

    public String getCandidate() {
        return candidate;
    }

    public void setCandidate(String candidate) {
        this.candidate = candidate;
    }

    public boolean isSaved() {
        return saved;
    }
}
