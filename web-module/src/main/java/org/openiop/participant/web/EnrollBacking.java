package org.openiop.participant.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.openiop.account.boundary.AccountServiceUnavailable;
import org.openiop.identity.boundary.VaultClosed;
import org.openiop.identity.boundary.VaultKeys;
import org.openiop.participant.boundary.Enrollment;
import org.openiop.participant.boundary.Enrollments;
import org.openiop.participant.boundary.LikelyDuplicate;
import org.openiop.participant.entity.ParticipantView;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.web.PageMessages;
import org.openiop.security.web.SignedInUser;

/**
 * Backs /console/participants/enroll.xhtml. The identity typed in is dropped as soon as the
 * enrollment is done; the temporary password lives only in this view, for the hand-out.
 */
@Named
@ViewScoped
public class EnrollBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient Enrollments enrollments;

    @EJB transient VaultKeys vault;

    @Inject SignedInUser user;

    private IdentityInput identity = new IdentityInput();
    private List<ParticipantView> duplicates = List.of();
    private Enrollment done;

    public void enroll() {
        submit(false);
    }

    /** After intake has read the duplicate warning and confirmed this is a different person. */
    public void enrollAnyway() {
        submit(true);
    }

    public void startAnother() {
        identity = new IdentityInput();
        duplicates = List.of();
        done = null;
    }

    private void submit(boolean duplicateAcknowledged) {
        try {
            done = enrollments.enroll(identity.toIdentity(), duplicateAcknowledged, user.actor());
            identity = new IdentityInput();
            duplicates = List.of();
        } catch (LikelyDuplicate e) {
            duplicates = e.existing();
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
            PageMessages.fields("enroll", e.fields());
        } catch (VaultClosed | AccountServiceUnavailable e) {
            PageMessages.error(e.getMessage());
        }
    }

    public boolean isVaultOpen() {
        return vault.isOpen();
    }

    public String getVaultClosedReason() {
        return vault.closedBecause();
    }

    /** US states and territories, code and name, for the state menus. */
    public List<java.util.Map.Entry<String, String>> getStates() {
        return List.copyOf(org.openiop.identity.entity.UsJurisdictions.all().entrySet());
    }

    public IdentityInput getIdentity() {
        return identity;
    }

    public List<ParticipantView> getDuplicates() {
        return duplicates;
    }

    public Enrollment getDone() {
        return done;
    }
}
