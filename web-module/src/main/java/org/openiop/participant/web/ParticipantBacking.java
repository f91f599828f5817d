package org.openiop.participant.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openiop.account.boundary.AccountServiceUnavailable;
import org.openiop.identity.boundary.BreakGlass;
import org.openiop.identity.boundary.ErasedIdentity;
import org.openiop.identity.boundary.IdentityVault;
import org.openiop.identity.boundary.VaultAccessDenied;
import org.openiop.identity.boundary.VaultClosed;
import org.openiop.identity.boundary.VaultKeys;
import org.openiop.identity.entity.BreakGlassEntry;
import org.openiop.identity.entity.BreakGlassReason;
import org.openiop.identity.entity.Identity;
import org.openiop.identity.entity.Purpose;
import org.openiop.participant.boundary.Enrollment;
import org.openiop.participant.boundary.Participants;
import org.openiop.participant.boundary.TemporaryPasswords;
import org.openiop.participant.entity.ErasureReason;
import org.openiop.participant.entity.ParticipantStatus;
import org.openiop.participant.entity.ParticipantView;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.web.PageMessages;
import org.openiop.security.web.SignedInUser;

/**
 * Backs /console/participants/participant.xhtml?id=...: the pseudonymous record, and for those
 * allowed, the identity (with a purpose), an emergency view, discharge and erasure. An opened
 * identity is kept only for this view and dropped when the user leaves it.
 */
@Named
@ViewScoped
public class ParticipantBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient Participants participants;

    @EJB transient IdentityVault vault;

    @EJB transient BreakGlass breakGlass;

    @EJB transient VaultKeys keys;

    @EJB transient TemporaryPasswords temporaryPasswords;

    @Inject SignedInUser user;

    private String id;
    private ParticipantView participant;
    private Purpose purpose;
    private Identity identity;
    private BreakGlassReason reason;
    private String explanation;
    private ErasureReason erasureReason;
    private Enrollment reissued;

    /** Called by f:viewAction once the id parameter is set. */
    public void load() {
        try {
            participant =
                    participants
                            .find(UUID.fromString(id == null ? "" : id), user.actor())
                            .orElse(null);
        } catch (IllegalArgumentException e) {
            participant = null;
        }
        if (participant == null) {
            // Unknown, or outside the caller's caseload: the same 404 either way.
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            PageMessages.error("There is no participant with that id.");
        }
    }

    public void openIdentity() {
        run(() -> identity = vault.read(participant.id(), purpose, user.actor()));
    }

    public void openEmergencyView() {
        run(
                () -> {
                    breakGlass.grant(participant.id(), reason, explanation, user.actor());
                    identity = vault.read(participant.id(), Purpose.EMERGENCY, user.actor());
                    explanation = null;
                });
    }

    public void closeIdentity() {
        identity = null;
    }

    public void discharge() {
        run(
                () -> {
                    participant = participants.discharge(participant.id(), user.actor());
                    PageMessages.info(
                            "Discharged. The account is disabled and its sessions have ended.");
                });
    }

    /** A new hand-out for a participant who lost theirs or let it expire; shown once, here. */
    public void newTemporaryPassword() {
        run(() -> reissued = temporaryPasswords.reissue(participant.id(), user.actor()));
    }

    public Enrollment getReissued() {
        return reissued;
    }

    public boolean isMayReissue() {
        return user.holds(Role.INTAKE)
                && participant != null
                && participant.status() != ParticipantStatus.DISCHARGED;
    }

    public void erase() {
        run(
                () -> {
                    participant = participants.erase(participant.id(), erasureReason, user.actor());
                    identity = null;
                    PageMessages.info(
                            "The identity was erased and the account deleted. This cannot be"
                                    + " undone.");
                });
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (RequestRefused
                | VaultAccessDenied
                | VaultClosed
                | ErasedIdentity
                | AccountServiceUnavailable e) {
            PageMessages.error(e.getMessage());
        }
    }

    /** The clinician's live emergency view of this participant, or null. */
    public BreakGlassEntry getActiveGrant() {
        return participant == null
                ? null
                : breakGlass.activeGrant(participant.id(), user.getUsername()).orElse(null);
    }

    /** The opened identity as (message key, value) rows; Faces EL cannot read record components. */
    public List<Map.Entry<String, String>> getIdentityRows() {
        if (identity == null) {
            return List.of();
        }
        Identity i = identity;
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        rows.add(Map.entry("enroll.firstName", i.legalFirstName()));
        rows.add(
                Map.entry(
                        "enroll.middleName",
                        i.legalMiddleName() == null ? "" : i.legalMiddleName()));
        rows.add(Map.entry("enroll.lastName", i.legalLastName()));
        rows.add(Map.entry("enroll.dateOfBirth", String.valueOf(i.dateOfBirth())));
        rows.add(Map.entry("enroll.phone", i.phone()));
        rows.add(
                Map.entry(
                        "enroll.street",
                        i.streetAddress()
                                + ", "
                                + i.city()
                                + ", "
                                + i.postalState()
                                + " "
                                + i.postalCode()));
        rows.add(Map.entry("enroll.stateOfResidence", i.stateOfResidence()));
        rows.add(Map.entry("enroll.emergencyName", i.emergencyContactName()));
        rows.add(Map.entry("enroll.emergencyPhone", i.emergencyContactPhone()));
        if (i.insurancePayer() != null) {
            rows.add(Map.entry("enroll.payer", i.insurancePayer()));
            rows.add(Map.entry("enroll.memberId", i.insuranceMemberId()));
        }
        return rows;
    }

    public boolean isMayReadVault() {
        return user.holds(Role.INTAKE, Role.PRIVACY_OFFICER);
    }

    public boolean isMayBreakGlass() {
        return user.holds(Role.CLINICIAN) && !isMayReadVault();
    }

    public boolean isMayDischarge() {
        return user.holds(Role.INTAKE, Role.PROGRAM_ADMIN);
    }

    public boolean isMayErase() {
        return user.holds(Role.PRIVACY_OFFICER);
    }

    public boolean isVaultOpen() {
        return keys.isOpen();
    }

    public String getVaultClosedReason() {
        return keys.closedBecause();
    }

    public Purpose[] getPurposes() {
        return Purpose.values();
    }

    public BreakGlassReason[] getReasons() {
        return BreakGlassReason.values();
    }

    public ErasureReason[] getErasureReasons() {
        return ErasureReason.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ParticipantView getParticipant() {
        return participant;
    }

    public Identity getIdentity() {
        return identity;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public void setPurpose(Purpose purpose) {
        this.purpose = purpose;
    }

    public BreakGlassReason getReason() {
        return reason;
    }

    public void setReason(BreakGlassReason reason) {
        this.reason = reason;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public ErasureReason getErasureReason() {
        return erasureReason;
    }

    public void setErasureReason(ErasureReason erasureReason) {
        this.erasureReason = erasureReason;
    }
}
