package org.openiop.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** Which failures are the database out of reach (503) and which are OpenIOP's own (500). */
class DatabaseFaultsTest {

    /** As a boundary's caller meets it: the EJB container's wrapper around JPA's around JDBC's. */
    private static Throwable asTheContainerThrowsIt(Throwable cause) {
        return new EJBException(new PersistenceException("could not execute statement", cause));
    }

    @Test
    void connectionFailuresAndShutdownsAreTheDatabaseOutOfReach() {
        assertTrue(
                DatabaseFaults.unreachable(
                        asTheContainerThrowsIt(new SQLException("I/O error", "08006"))),
                "the connection broke");
        assertTrue(
                DatabaseFaults.unreachable(
                        asTheContainerThrowsIt(new SQLException("refused", "08001"))),
                "no connection could be made");
        assertTrue(
                DatabaseFaults.unreachable(
                        asTheContainerThrowsIt(new SQLException("terminating", "57P01"))),
                "PostgreSQL is shutting down");
        assertTrue(
                DatabaseFaults.unreachable(
                        asTheContainerThrowsIt(new SQLException("starting up", "57P03"))),
                "PostgreSQL is starting");
        assertTrue(
                DatabaseFaults.unreachable(new SQLTransientConnectionException("pool")),
                "a transient connection failure");
        assertTrue(
                DatabaseFaults.unreachable(
                        new SQLException(
                                "Error in allocating a connection",
                                new ResourceAllocationException("no connection in time"))),
                "the pool could not hand one out");
    }

    @Test
    void everythingElseIsOpenIopsOwnFault() {
        assertFalse(
                DatabaseFaults.unreachable(
                        asTheContainerThrowsIt(new SQLException("duplicate key", "23505"))),
                "a constraint OpenIOP should have checked first");
        assertFalse(
                DatabaseFaults.unreachable(
                        asTheContainerThrowsIt(new SQLException("no state", (String) null))));
        assertFalse(DatabaseFaults.unreachable(new IllegalStateException("a bug")));
        assertFalse(DatabaseFaults.unreachable(null));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException loop = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", loop);
        loop.initCause(second);
        assertFalse(DatabaseFaults.unreachable(loop));
    }

    private static LogRecord record(String logger, String message, Throwable thrown) {
        LogRecord record = new LogRecord(Level.WARNING, message);
        record.setLoggerName(logger);
        record.setThrown(thrown);
        return record;
    }

    @Test
    void duringAnOutageThePerRequestRecordsAboutConnectionsAreHeldBackAndNothingElse() {
        DatabaseFaults.forgetOutage();
        LogRecord poolNote =
                record(
                        "javax.enterprise.resource.resourceadapter.com.sun.enterprise.connectors",
                        "RAR5117 : Failed to obtain/create connection from connection pool",
                        null);
        LogRecord sqlError =
                record(
                        "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
                        "SQL Error: 0, SQLState: 08001",
                        null);
        assertFalse(DatabaseFaults.heldBack(poolNote), "no outage seen yet: logged as it is");
        assertFalse(DatabaseFaults.heldBack(sqlError), "no outage seen yet: logged as it is");

        assertTrue(
                DatabaseFaults.heldBack(
                        record(
                                "jakarta.enterprise.web",
                                "Servlet.service() threw exception",
                                asTheContainerThrowsIt(new SQLException("refused", "08001")))),
                "a trace of the database out of reach");
        assertTrue(DatabaseFaults.outageOn());
        assertTrue(DatabaseFaults.heldBack(poolNote));
        assertTrue(DatabaseFaults.heldBack(sqlError));
        assertTrue(
                DatabaseFaults.heldBack(
                        record(
                                "jakarta.enterprise.ejb.container",
                                "A system exception occurred during an invocation on EJB Programs",
                                null)));

        assertFalse(
                DatabaseFaults.heldBack(
                        record(
                                "jakarta.enterprise.web",
                                "Servlet.service() threw exception",
                                new IllegalStateException("a bug"))),
                "OpenIOP's own fault keeps its trace, outage or not");
        assertFalse(
                DatabaseFaults.heldBack(
                        record("jakarta.enterprise.web", "WEB0172: an unrelated warning", null)));
        DatabaseFaults.forgetOutage();
    }
}
