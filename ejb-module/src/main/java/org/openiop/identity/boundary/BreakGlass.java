package org.openiop.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.Actor;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.identity.control.AccessWatch;
import org.openiop.identity.control.KnownParticipants;
import org.openiop.identity.entity.BreakGlassEntry;
import org.openiop.identity.entity.BreakGlassGrant;
import org.openiop.identity.entity.BreakGlassReason;
import org.openiop.platform.boundary.Conflict;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.program.control.Caseload;
import org.openiop.program.control.CaseloadWindow;

/**
 * Emergency views of an identity: a clinician states a reason and gets 15 minutes; a privacy
 * officer reviews every grant afterwards (HIPAA 45 CFR 164.312(a)(2)(ii); 42 CFR 2.51).
 */
@Stateless
public class BreakGlass {

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @Inject CaseloadWindow window;

    /** Whether a participant exists, from the participant component. */
    @Inject KnownParticipants participants;

    @EJB AuditTrail audit;

    @EJB IdentityVault vault;

    private static final String REASON_PURPOSE = "openiop break-glass reasons v1";

    @Inject AccessWatch watch;

    private final Clock clock = Clock.systemUTC();

    /**
     * @throws RequestRefused for a missing reason or explanation, or an unknown participant
     * @throws VaultAccessDenied when the caller is not a clinician
     */
    @RolesAllowed(Role.Names.CLINICIAN)
    public BreakGlassEntry grant(
            UUID participantId, BreakGlassReason reason, String explanation, Actor actor) {
        return grant(participantId, reason, explanation, false, actor);
    }

    /**
     * An emergency view for a participant of one of the clinician's groups or, with {@code
     * notMyGroup} and an explanation, of anyone else: that second kind is flagged on the privacy
     * officer's review list. Without it, a participant outside the clinician's groups reads as
     * unknown.
     */
    @RolesAllowed(Role.Names.CLINICIAN)
    public BreakGlassEntry grant(
            UUID participantId,
            BreakGlassReason reason,
            String explanation,
            boolean notMyGroup,
            Actor actor) {
        if (!actor.has(Role.CLINICIAN)) {
            audit.recordAttempt(
                    actor.username(),
                    "break-glass.grant",
                    participantId == null ? null : participantId.toString(),
                    null,
                    AuditRecord.DENIED);
            throw new VaultAccessDenied("Only clinicians can open an emergency view.");
        }
        if (participantId == null
                || !participants.exists(participantId)
                || !notMyGroup && !Caseload.ofClinician(em, actor, participantId, window.since())) {
            throw new NotFound("There is no participant with that id.");
        }
        boolean outside =
                notMyGroup && !Caseload.ofClinician(em, actor, participantId, window.since());
        BreakGlassGrant grant;
        try {
            grant =
                    new BreakGlassGrant(
                            participantId, actor.username(), reason, explanation, clock.instant());
            if (outside) {
                grant.markOutsideCaseload();
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Invalid(e.getMessage());
        }
        if (grant.getReasonText() != null) {
            // The explanation may name the participant or what happened to them: sealed under their
            // data key.
            grant.sealReason(
                    vault.sealFor(
                            participantId,
                            REASON_PURPOSE,
                            grant.getReasonText().getBytes(StandardCharsets.UTF_8),
                            grant.getId().toString().getBytes(StandardCharsets.UTF_8)));
        }
        em.persist(grant);
        audit.record(
                actor.username(),
                "break-glass.grant",
                participantId.toString(),
                (outside ? "not-my-group:" : "break-glass:")
                        + reason.name().toLowerCase(Locale.ROOT),
                AuditRecord.SUCCESS);
        em.flush();
        watch.afterBreakGlass(em, actor.username(), clock.instant());
        return BreakGlassEntry.of(grant);
    }

    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.PRIVACY_OFFICER
    })
    public Optional<BreakGlassEntry> activeGrant(UUID participantId, String clinician) {
        return em
                .createNamedQuery(BreakGlassGrant.ACTIVE, BreakGlassGrant.class)
                .setParameter("participant", participantId)
                .setParameter("clinician", clinician)
                .setParameter("now", clock.instant())
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .map(BreakGlassEntry::of);
    }

    /**
     * The clinician's explanation, opened for the privacy officer's review; empty when there was
     * none, and a note when the participant has been erased since (their data key sealed it).
     *
     * @throws NotFound for an unknown emergency view
     */
    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public String explanation(UUID grantId) {
        BreakGlassGrant grant = grantId == null ? null : em.find(BreakGlassGrant.class, grantId);
        if (grant == null) {
            throw new NotFound("There is no emergency view with that id.");
        }
        String stored = grant.getReasonText();
        if (stored == null) {
            return "";
        }
        if (!IdentityVault.isSealedForParticipant(stored)) {
            return stored; // written before explanations were sealed
        }
        try {
            return new String(
                    vault.openFor(
                            grant.getParticipantId(),
                            REASON_PURPOSE,
                            stored,
                            grant.getId().toString().getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8);
        } catch (ErasedIdentity e) {
            return "(erased with the participant's identity)";
        }
    }

    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public List<BreakGlassEntry> awaitingReview() {
        return em.createNamedQuery(BreakGlassGrant.UNREVIEWED, BreakGlassGrant.class)
                .setMaxResults(500)
                .getResultStream()
                .map(BreakGlassEntry::of)
                .toList();
    }

    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public List<BreakGlassEntry> recentlyReviewed() {
        return em.createNamedQuery(BreakGlassGrant.RECENTLY_REVIEWED, BreakGlassGrant.class)
                .setMaxResults(50)
                .getResultStream()
                .map(BreakGlassEntry::of)
                .toList();
    }

    /**
     * @throws VaultAccessDenied when the caller is not a privacy officer
     * @throws RequestRefused when already reviewed, or reviewed by the clinician who used it
     */
    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public BreakGlassEntry review(UUID grantId, boolean justified, String note, Actor actor) {
        if (!actor.has(Role.PRIVACY_OFFICER)) {
            audit.recordAttempt(
                    actor.username(),
                    "break-glass.review",
                    grantId.toString(),
                    null,
                    AuditRecord.DENIED);
            throw new VaultAccessDenied("Only a privacy officer can review an emergency view.");
        }
        BreakGlassGrant grant = em.find(BreakGlassGrant.class, grantId);
        if (grant == null) {
            throw new NotFound("There is no emergency view with that id.");
        }
        try {
            grant.review(actor.username(), justified, note, clock.instant());
            em.flush();
        } catch (IllegalArgumentException e) {
            throw new Invalid(e.getMessage());
        } catch (IllegalStateException e) {
            throw new Conflict(e.getMessage());
        } catch (OptimisticLockException e) {
            throw new Conflict("Someone else reviewed this emergency view just now.");
        }
        audit.record(
                actor.username(),
                "break-glass.review",
                grant.getParticipantId().toString(),
                justified ? "justified" : "not-justified",
                AuditRecord.SUCCESS);
        return BreakGlassEntry.of(grant);
    }
}
