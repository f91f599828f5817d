package org.openiop.plugin.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.web.PageMessages;
import org.openiop.plugin.boundary.PluginSettings;
import org.openiop.plugin.entity.DestinationChange;
import org.openiop.security.web.SignedInUser;

/**
 * The "waiting for approval" section of /console/plugins/index.xhtml: destination changes a program
 * admin made, each with the old and new value (a secret's neither), which the privacy officer
 * approves or rejects.
 */
@Named
@ViewScoped
public class DestinationApprovalBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient PluginSettings settings;

    @Inject SignedInUser user;

    private transient List<DestinationChange> waiting;

    public List<DestinationChange> getWaiting() {
        if (waiting == null) {
            waiting = settings.waitingForApproval();
        }
        return waiting;
    }

    public void approve(UUID id) {
        decide(id, true);
    }

    public void reject(UUID id) {
        decide(id, false);
    }

    private void decide(UUID id, boolean approve) {
        try {
            settings.decide(id, approve, user.actor());
            PageMessages.info(
                    approve
                            ? "Approved: the plugin now uses the new value."
                            : "Rejected: the plugin keeps its current value.");
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
        waiting = null;
    }
}
