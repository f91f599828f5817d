package org.openiop.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hibernate.JDBCException;
import org.hibernate.Session;
import org.openiop.audit.control.AuditChain;
import org.openiop.audit.control.AuditCheckpoint;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.audit.entity.ChainVerification;
import org.openiop.audit.entity.SignedCheckpoint;
import org.openiop.platform.boundary.Role;

/**
 * Writes and checks the audit trail. {@link #record} joins the caller's transaction, so an event
 * exists exactly when what it describes was committed; {@link #recordAttempt} commits on its own,
 * for refusals and failures whose own transaction rolls back.
 */
@Stateless
public class AuditTrail {

    /** Events linked per sealing transaction. */
    public static final int SEAL_BATCH = 5000;

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @Resource(lookup = "jdbc/openiop")
    DataSource dataSource;

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @Resource TransactionSynchronizationRegistry transaction;

    @EJB AuditSigner signer;

    private final Clock clock = Clock.systemUTC();

    // Every action is audited, whoever takes it, including refused and anonymous attempts; it only
    // appends.
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    @PermitAll
    public void record(String actor, String action, String target, String purpose, String outcome) {
        append(new AuditRecord(clock.instant(), actor, action, target, purpose, outcome));
    }

    // Every action is audited, whoever takes it, including refused and anonymous attempts; it only
    // appends.
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @PermitAll
    public void recordAttempt(
            String actor, String action, String target, String purpose, String outcome) {
        append(new AuditRecord(clock.instant(), actor, action, target, purpose, outcome));
    }

    /**
     * Links every event committed so far; returns how many were linked.
     *
     * @param sweep also look for events that committed later than the grace period allows
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.PRIVACY_OFFICER, Role.Names.SYSTEM})
    public int seal(boolean sweep) {
        AuditChain chain = signer.chain();
        try (Connection connection = dataSource.getConnection()) {
            return chain.seal(connection, SEAL_BATCH, clock.instant(), sweep);
        } catch (SQLException e) {
            throw new AuditUnavailable(
                    "Could not seal the audit trail (SQLState " + e.getSQLState() + ").", e);
        }
    }

    /**
     * Notes this server's rolled-back numbers, so that verification does not take them for
     * deletions. The caller gives them back to {@link AuditSigner} if this fails, commit included.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed(Role.Names.SYSTEM)
    public void noteRollbacks(List<Long> numbers) {
        if (numbers.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            signer.chain().voidNumbers(connection, signer.writer(), numbers, clock.instant());
        } catch (SQLException e) {
            throw new AuditUnavailable(
                    "Could not note rolled-back audit numbers (SQLState " + e.getSQLState() + ").",
                    e);
        }
    }

    /**
     * Appends a signed checkpoint of the chain's end to the checkpoint file (and the log), when the
     * chain has grown since the last one; returns it, or null when there was nothing new.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.PRIVACY_OFFICER, Role.Names.SYSTEM})
    public SignedCheckpoint checkpoint() {
        AuditChain chain = signer.chain();
        try (Connection connection = dataSource.getConnection()) {
            AuditChain.Head head = chain.head(connection);
            List<AuditCheckpoint> written = signer.checkpoints().readAll();
            Instant now = clock.instant();
            if (head.index() == 0) {
                return null; // nothing to vouch for yet; the next turn tries again
            }
            if (!written.isEmpty() && written.get(written.size() - 1).index() == head.index()) {
                signer.checkpointWritten(now);
                return null;
            }
            AuditCheckpoint checkpoint =
                    AuditCheckpoint.signed(signer.key(), head.index(), head.link(), now);
            signer.checkpoints().append(checkpoint);
            signer.checkpointWritten(now);
            LOG.info(
                    () ->
                            "Audit checkpoint: event "
                                    + checkpoint.index()
                                    + ", link "
                                    + checkpoint.link()
                                    + ", at "
                                    + checkpoint.at()
                                    + ", signature "
                                    + checkpoint.signature());
            return new SignedCheckpoint(
                    checkpoint.index(), checkpoint.link(), checkpoint.at(), checkpoint.signature());
        } catch (SQLException e) {
            throw new AuditUnavailable(
                    "Could not read the audit chain's head (SQLState " + e.getSQLState() + ").", e);
        } catch (IOException e) {
            throw new AuditUnavailable(
                    "Could not write the audit checkpoint file "
                            + signer.checkpoints().path()
                            + " ("
                            + e.getClass().getSimpleName()
                            + ").",
                    e);
        }
    }

    /**
     * Walks the chain, the writers' numbers and the checkpoints; call {@link #seal} first to
     * include the latest events.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.PRIVACY_OFFICER})
    public ChainVerification verify() {
        AuditChain chain = signer.chain();
        try (Connection connection = dataSource.getConnection()) {
            return chain.verify(connection, signer.checkpoints().readAll(), clock.instant());
        } catch (SQLException e) {
            throw new AuditUnavailable(
                    "Could not read the audit trail (SQLState " + e.getSQLState() + ").", e);
        } catch (IOException e) {
            throw new AuditUnavailable(
                    "Could not read the audit checkpoint file (" + e.getMessage() + ").", e);
        }
    }

    /**
     * Writes the sealed events that occurred in [from, to) as JSON lines, for offline checking with
     * {@code openiop audit-verify}; returns how many.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed(Role.Names.AUDITOR)
    public long export(Instant from, Instant to, Writer out) {
        AuditChain chain = signer.chain();
        try (Connection connection = dataSource.getConnection()) {
            return chain.export(
                    connection,
                    from,
                    to,
                    line -> {
                        try {
                            out.write(line);
                            out.write('\n');
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (SQLException e) {
            throw new AuditUnavailable(
                    "Could not read the audit trail (SQLState " + e.getSQLState() + ").", e);
        }
    }

    /** The latest events about one target (a participant id or username), newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Role.Names.PROGRAM_ADMIN, Role.Names.AUDITOR, Role.Names.PRIVACY_OFFICER})
    public List<AuditRecord> about(String target, int max) {
        AuditChain chain = signer.chain();
        try (Connection connection = dataSource.getConnection()) {
            return chain.about(connection, target, max);
        } catch (SQLException e) {
            throw new AuditUnavailable(
                    "Could not read the audit trail (SQLState " + e.getSQLState() + ").", e);
        }
    }

    /**
     * Inserts the event on the connection the transaction's persistence context already holds. A
     * second connection from the pool for every audited step would make each busy transaction hold
     * one and wait for another: at the pool's size in concurrent requests, they all wait (seen with
     * 50 participants joining at once).
     */
    private void append(AuditRecord event) {
        AuditChain chain = signer.chain();
        long number = signer.nextNumber(transaction);
        String writer = signer.writer();
        try {
            em.unwrap(Session.class)
                    .doWork(connection -> chain.append(connection, writer, number, event));
        } catch (JDBCException e) {
            // Failing the caller's transaction is deliberate: nothing audited may happen unaudited.
            throw new AuditUnavailable(
                    "Could not write to the audit trail (SQLState " + e.getSQLState() + ").", e);
        } catch (PersistenceException e) {
            throw new AuditUnavailable(
                    "Could not write to the audit trail (" + e.getClass().getSimpleName() + ").",
                    e);
        }
    }
}
