package org.openiop.participant.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openiop.account.boundary.AccountServiceUnavailable;
import org.openiop.account.control.Credentials;
import org.openiop.account.control.KeycloakAccounts;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.Actor;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.participant.entity.Participant;
import org.openiop.platform.boundary.Conflict;
import org.openiop.platform.boundary.Forbidden;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.boundary.Unavailable;

/**
 * The temporary password on a participant's hand-out works for {@code
 * openiop.accounts.temporary-password-lifetime} (ISO-8601, default P14D). A hand-out never used by
 * then is replaced in Keycloak by a password nobody knows, so a lost sheet of paper stops being a
 * way into someone's account; intake can issue a new one (audited).
 */
@Stateless
public class TemporaryPasswords {

    private static final Logger LOG = Logger.getLogger(TemporaryPasswords.class.getName());
    static final String LIFETIME = "openiop.accounts.temporary-password-lifetime";

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @Inject KeycloakAccounts accounts;

    @EJB AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** How long a handed-out temporary password works. */
    public static Duration lifetime() {
        return ConfigProvider.getConfig()
                .getOptionalValue(LIFETIME, String.class)
                .map(Duration::parse)
                .orElse(Duration.ofDays(14));
    }

    /**
     * A new hand-out for a participant who lost theirs or let it expire: a new temporary password,
     * to be replaced at their next sign-in.
     *
     * @throws NotFound for an unknown participant
     * @throws Conflict for a discharged or erased participant, who has no account to sign in to
     * @throws Unavailable when Keycloak cannot be reached (nothing changed)
     */
    @RolesAllowed(Role.Names.INTAKE)
    public Enrollment reissue(UUID participantId, Actor actor) {
        if (!actor.has(Role.INTAKE)) {
            throw new Forbidden("Only intake hands out temporary passwords.");
        }
        Participant participant =
                participantId == null ? null : em.find(Participant.class, participantId);
        if (participant == null) {
            throw new NotFound("There is no participant with that id.");
        }
        if (!participant.mayTakePart() || participant.getKeycloakUserId() == null) {
            throw new Conflict(
                    "This participant was discharged; a new temporary password would open"
                            + " nothing.");
        }
        String password = Credentials.temporaryPassword();
        try {
            accounts.resetTemporaryPassword(participant.getKeycloakUserId(), password);
        } catch (AccountServiceUnavailable e) {
            audit.recordAttempt(
                    actor.username(),
                    "participant.temporary-password",
                    participantId.toString(),
                    null,
                    AuditRecord.FAILED);
            throw new Unavailable(
                    "The account service (Keycloak) could not set a new temporary password; nothing"
                            + " changed. Try again in a few minutes.");
        }
        participant.temporaryPasswordIssued(clock.instant().plus(lifetime()));
        audit.record(
                actor.username(),
                "participant.temporary-password",
                participantId.toString(),
                null,
                AuditRecord.SUCCESS);
        return new Enrollment(participant.getId(), participant.getUsername(), password);
    }

    /**
     * Replaces every expired, never-used temporary password with one nobody knows; clears the date
     * of those who have set their own. Returns how many were replaced.
     */
    @RolesAllowed(Role.Names.SYSTEM)
    public int expireDue() {
        Instant now = clock.instant();
        List<Participant> due =
                em.createQuery(
                                "select p from Participant p where p.temporaryPasswordUntil < :now",
                                Participant.class)
                        .setParameter("now", now)
                        .setMaxResults(200)
                        .getResultList();
        int replaced = 0;
        for (Participant participant : due) {
            String account = participant.getKeycloakUserId();
            if (account != null
                    && participant.mayTakePart()
                    && accounts.mustChangePassword(account)) {
                accounts.resetTemporaryPassword(account, Credentials.temporaryPassword());
                audit.record(
                        "system",
                        "participant.temporary-password-expired",
                        participant.getId().toString(),
                        null,
                        AuditRecord.SUCCESS);
                replaced++;
            }
            participant.temporaryPasswordSettled();
        }
        if (replaced > 0) {
            int count = replaced;
            LOG.info(() -> count + " unused temporary password(s) expired and were replaced");
        }
        return replaced;
    }
}
