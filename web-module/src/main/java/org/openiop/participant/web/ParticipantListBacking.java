package org.openiop.participant.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.openiop.participant.boundary.Participants;
import org.openiop.participant.entity.ParticipantStatus;
import org.openiop.security.web.SignedInUser;

/**
 * Backs /console/participants/index.xhtml: pseudonym, username, status and enrollment date; never a
 * real name.
 */
@Named
@ViewScoped
public class ParticipantListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient Participants participants;

    @Inject SignedInUser user;

    private ParticipantLazyModel model;
    private String search;
    private ParticipantStatus status;

    @PostConstruct
    void init() {
        model = new ParticipantLazyModel(participants, user.actor());
    }

    /** Applies the search box and the status choice. */
    public void apply() {
        String text = search == null || search.isBlank() ? null : search.strip();
        if (text != null && text.length() > 40) {
            text = text.substring(0, 40);
        }
        model.filter(text, status);
    }

    public ParticipantLazyModel getModel() {
        return model;
    }

    public ParticipantStatus[] getStatuses() {
        return ParticipantStatus.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public ParticipantStatus getStatus() {
        return status;
    }

    public void setStatus(ParticipantStatus status) {
        this.status = status;
    }
}
