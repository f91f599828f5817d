package org.openiop.participant.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openiop.account.boundary.AccountServiceUnavailable;
import org.openiop.account.control.Credentials;
import org.openiop.account.control.KeycloakAccounts;
import org.openiop.account.control.UsernameTaken;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.Actor;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.identity.boundary.IdentityVault;
import org.openiop.identity.boundary.VaultAccessDenied;
import org.openiop.identity.boundary.VaultKeys;
import org.openiop.identity.entity.Identity;
import org.openiop.identity.entity.IdentityRules;
import org.openiop.participant.entity.Participant;
import org.openiop.participant.entity.ParticipantView;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;

/**
 * Enrollment: the real identity into the vault, a pseudonymous Keycloak account out, in one
 * transaction. Keycloak is not transactional, so the account is created last and deleted again if
 * the database transaction does not commit: either both exist afterwards or neither does.
 */
@Stateless
public class Enrollments {

    private static final int USERNAME_ATTEMPTS = 8;

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @EJB IdentityVault vault;

    @EJB VaultKeys keys;

    @EJB AuditTrail audit;

    @Inject KeycloakAccounts accounts;

    @Resource TransactionSynchronizationRegistry transactions;

    private final Clock clock = Clock.systemUTC();

    /**
     * @param duplicateAcknowledged true when intake has seen the duplicate warning and confirms
     *     this is someone else
     * @throws RequestRefused with field problems when the identity is incomplete
     * @throws LikelyDuplicate when the same name and date of birth are enrolled and not
     *     acknowledged
     * @throws AccountServiceUnavailable when Keycloak cannot create the account (nothing is kept)
     */
    @RolesAllowed(Role.Names.INTAKE)
    public Enrollment enroll(Identity entered, boolean duplicateAcknowledged, Actor actor) {
        if (!actor.has(Role.INTAKE)) {
            audit.recordAttempt(
                    actor.username(), "participant.enroll", null, "enrollment", AuditRecord.DENIED);
            throw new VaultAccessDenied("Only intake staff can enroll participants.");
        }
        Identity identity = IdentityRules.normalized(entered);
        Map<String, String> problems = IdentityRules.problems(identity, clock);
        if (!problems.isEmpty()) {
            throw new Invalid(
                    "Some details are missing or not valid; nothing was saved.", problems);
        }
        keys.require();
        if (!duplicateAcknowledged) {
            List<UUID> duplicates = vault.likelyDuplicates(identity);
            if (!duplicates.isEmpty()) {
                throw new LikelyDuplicate(
                        duplicates.stream()
                                .map(id -> ParticipantView.of(em.find(Participant.class, id)))
                                .toList());
            }
        }
        String password = Credentials.temporaryPassword();
        String username = null;
        String accountId = null;
        try {
            for (int attempt = 0; accountId == null; attempt++) {
                username = freeUsername();
                try {
                    accountId = accounts.createParticipant(username, password);
                } catch (UsernameTaken e) {
                    if (attempt >= USERNAME_ATTEMPTS) {
                        throw new AccountServiceUnavailable(
                                "Could not find a free username after "
                                        + USERNAME_ATTEMPTS
                                        + " tries.");
                    }
                }
            }
        } catch (AccountServiceUnavailable e) {
            audit.recordAttempt(
                    actor.username(), "participant.enroll", null, "enrollment", AuditRecord.FAILED);
            throw new AccountServiceUnavailable(
                    "The account service (Keycloak) could not create the participant's account, so"
                            + " nothing was saved. Try again in a few minutes; if it keeps failing,"
                            + " call IT. ("
                            + e.getMessage()
                            + ")");
        }
        undoAccountUnlessCommitted(accountId);
        Participant participant = new Participant(username, actor.username(), clock.instant());
        participant.linkAccount(accountId);
        participant.temporaryPasswordIssued(clock.instant().plus(TemporaryPasswords.lifetime()));
        em.persist(participant);
        vault.store(participant.getId(), identity);
        em.flush();
        audit.record(
                actor.username(),
                "participant.enroll",
                participant.getId().toString(),
                "enrollment",
                AuditRecord.SUCCESS);
        return new Enrollment(participant.getId(), username, password);
    }

    private String freeUsername() {
        for (int i = 0; i < 20; i++) {
            String candidate = Credentials.username();
            if (em.createNamedQuery(Participant.BY_USERNAME, Participant.class)
                    .setParameter("username", candidate)
                    .getResultList()
                    .isEmpty()) {
                return candidate;
            }
        }
        throw new AccountServiceUnavailable(
                "Could not find a free username; the word lists may be exhausted.");
    }

    /**
     * Keycloak is outside the transaction: if the database side rolls back, the account goes too.
     */
    private void undoAccountUnlessCommitted(String accountId) {
        transactions.registerInterposedSynchronization(
                new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                        // nothing to do before the outcome is known
                    }

                    @Override
                    public void afterCompletion(int status) {
                        if (status != Status.STATUS_COMMITTED) {
                            accounts.deleteQuietly(accountId);
                        }
                    }
                });
    }
}
