package org.openiop.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.JDBCException;
import org.hibernate.Session;
import org.openiop.audit.control.AuditChain;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.audit.entity.ChainVerification;
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

    @Resource(lookup = "jdbc/openiop")
    DataSource dataSource;

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    private final AuditChain chain = new AuditChain();
    private final Clock clock = Clock.systemUTC();

    // Every action is audited, whoever takes it, including refused and anonymous attempts; it only appends.
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    @PermitAll
    public void record(String actor, String action, String target, String purpose, String outcome) {
        append(new AuditRecord(clock.instant(), actor, action, target, purpose, outcome));
    }

    // Every action is audited, whoever takes it, including refused and anonymous attempts; it only appends.
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @PermitAll
    public void recordAttempt(String actor, String action, String target, String purpose, String outcome) {
        append(new AuditRecord(clock.instant(), actor, action, target, purpose, outcome));
    }

    /** Links every event committed so far; returns how many were linked. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.PRIVACY_OFFICER, Role.Names.SYSTEM})
    public int seal() {
        try (Connection connection = dataSource.getConnection()) {
            return chain.seal(connection, SEAL_BATCH);
        } catch (SQLException e) {
            throw new AuditUnavailable("Could not seal the audit trail (SQLState " + e.getSQLState() + ").", e);
        }
    }

    /** Walks the chain as it stands; call {@link #seal} first to include the latest events. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.PRIVACY_OFFICER})
    public ChainVerification verify() {
        try (Connection connection = dataSource.getConnection()) {
            return chain.verify(connection);
        } catch (SQLException e) {
            throw new AuditUnavailable("Could not read the audit trail (SQLState " + e.getSQLState() + ").", e);
        }
    }

    /** The latest events about one target (a participant id or username), newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Role.Names.PROGRAM_ADMIN, Role.Names.AUDITOR, Role.Names.PRIVACY_OFFICER})
    public List<AuditRecord> about(String target, int max) {
        try (Connection connection = dataSource.getConnection()) {
            return chain.about(connection, target, max);
        } catch (SQLException e) {
            throw new AuditUnavailable("Could not read the audit trail (SQLState " + e.getSQLState() + ").", e);
        }
    }

    /**
     * Inserts the event on the connection the transaction's persistence context already holds. A
     * second connection from the pool for every audited step would make each busy transaction hold
     * one and wait for another: at the pool's size in concurrent requests, they all wait (seen with
     * 50 participants joining at once).
     */
    private void append(AuditRecord event) {
        try {
            em.unwrap(Session.class).doWork(connection -> chain.append(connection, event));
        } catch (JDBCException e) {
            // Failing the caller's transaction is deliberate: nothing audited may happen unaudited.
            throw new AuditUnavailable("Could not write to the audit trail (SQLState " + e.getSQLState() + ").", e);
        } catch (PersistenceException e) {
            throw new AuditUnavailable("Could not write to the audit trail (" + e.getClass().getSimpleName() + ").", e);
        }
    }
}
