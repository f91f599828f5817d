package org.openiop.platform.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Tells the database being out of reach (stopped, restarting, unreachable, or the pool unable to
 * hand out a connection in time) from OpenIOP's own faults. Such a failure is the operator's to
 * fix, not a bug, and not the caller's either: the caller gets 503 with {@code Retry-After}, and
 * the log gets one line a minute at most, with no stack trace, while it lasts.
 */
public final class DatabaseFaults {

    private static final Logger LOG = Logger.getLogger(DatabaseFaults.class.getName());

    /** Seconds a client should wait before trying again; readiness says when it is back. */
    public static final String RETRY_AFTER = "30";

    /**
     * Set on a request answered 503 for the outage without an exception (sendError), so that the
     * error page says why.
     */
    public static final String REQUEST_ATTRIBUTE = "org.openiop.databaseUnreachable";

    private static final long WARN_EVERY_MS = 60_000;

    private static final AtomicLong LAST_WARNED = new AtomicLong();

    /** When a failure to reach the database was last seen, and how many records were held back. */
    private static final AtomicLong LAST_SEEN = new AtomicLong();

    private static final AtomicLong HELD_BACK = new AtomicLong();

    private static final String SQL_ERRORS = "org.hibernate.engine.jdbc.spi.SqlExceptionHelper";

    /** Payara's connection pool, resource adapters and transaction manager log under these. */
    private static final String RESOURCE_LOGGERS = "javax.enterprise.resource.";

    /** Payara's web container, which writes a servlet's failure into the message's text. */
    private static final String WEB_LOGGERS = "jakarta.enterprise.web";

    /** The EJB container's note that a call ended in a system exception, by id and by text. */
    private static final String EJB_SYSTEM_EXCEPTION = "AS-EJB-00056";

    private static final String EJB_SYSTEM_EXCEPTION_TEXT =
            "A system exception occurred during an invocation on EJB";

    /**
     * PostgreSQL's "admin shutdown", "crash shutdown" and "cannot connect now" (it is starting or
     * stopping); class 08 is every connection exception (SQL standard).
     */
    private static final Set<String> SHUTTING_DOWN = Set.of("57P01", "57P02", "57P03");

    /**
     * Raised by Hibernate and by Payara's pool; matched by name, the web module not seeing them.
     */
    private static final Set<String> CONNECTION_FAILURES =
            Set.of(
                    "org.hibernate.exception.JDBCConnectionException",
                    "jakarta.resource.spi.ResourceAllocationException",
                    "com.sun.appserv.connectors.internal.api.PoolingException");

    /** How a connection failure reads in a trace written into a message's text. */
    private static final List<String> CONNECTION_FAILURE_TEXT =
            List.of(
                    "org.hibernate.exception.JDBCConnectionException",
                    "jakarta.resource.spi.ResourceAllocationException",
                    "com.sun.appserv.connectors.internal.api.PoolingException",
                    "PSQLException: Connection to",
                    "PSQLException: An I/O error occurred",
                    "PSQLException: This connection has been closed",
                    "PSQLException: FATAL: terminating connection");

    private DatabaseFaults() {}

    /** Whether anything in the cause chain says the database could not be reached. */
    public static boolean unreachable(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || CONNECTION_FAILURES.contains(t.getClass().getName())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || SHUTTING_DOWN.contains(state)) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Logs the outage once a minute at most: the type of the failure only, as {@link ErrorLog}
     * does, since a driver's message can quote a statement's values.
     */
    public static void logged(Throwable error) {
        long now = System.currentTimeMillis();
        LAST_SEEN.set(now);
        long last = LAST_WARNED.get();
        if (now - last >= WARN_EVERY_MS && LAST_WARNED.compareAndSet(last, now)) {
            long held = HELD_BACK.getAndSet(0);
            LOG.warning(
                    () ->
                            "The database cannot be reached ("
                                    + innermost(error).getClass().getName()
                                    + "); requests get 503 until it answers again"
                                    + (held > 0
                                            ? "; "
                                                    + held
                                                    + " server log record(s) about it held"
                                                    + " back since the last note"
                                            : ""));
        }
    }

    /**
     * Whether a server log record is about the database being out of reach, and so held back: one
     * whose exception says so, and while an outage is on (one was seen in the last minute), the
     * pool's, the EJB container's and Hibernate's per-request lines about failed connections. Each
     * request in an outage otherwise logs about eight records, three with a stack trace.
     */
    static boolean heldBack(LogRecord record) {
        if (record.getThrown() != null && unreachable(record.getThrown())) {
            logged(record.getThrown());
            HELD_BACK.incrementAndGet();
            return true;
        }
        if (outageOn() && aboutConnections(record)) {
            HELD_BACK.incrementAndGet();
            return true;
        }
        return false;
    }

    /** Forgets any outage seen, as after a minute without one (tests start from here). */
    static void forgetOutage() {
        LAST_SEEN.set(0);
        HELD_BACK.set(0);
    }

    static boolean outageOn() {
        return System.currentTimeMillis() - LAST_SEEN.get() < WARN_EVERY_MS;
    }

    /**
     * The per-request records a failed connection causes: every warning of the pool, its resource
     * adapter and the transaction manager (their messages are keys only they can read), Hibernate's
     * line per failed statement, the EJB container's note of the system exception that followed,
     * and the web container's servlet failure whose text (not exception) names a connection
     * failure.
     */
    static boolean aboutConnections(LogRecord record) {
        String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
        if (logger.equals(SQL_ERRORS) || logger.startsWith(RESOURCE_LOGGERS)) {
            return true;
        }
        String message = record.getMessage() == null ? "" : record.getMessage();
        if (message.contains(EJB_SYSTEM_EXCEPTION) || message.contains(EJB_SYSTEM_EXCEPTION_TEXT)) {
            return true;
        }
        return logger.startsWith(WEB_LOGGERS)
                && CONNECTION_FAILURE_TEXT.stream().anyMatch(message::contains);
    }

    private static Throwable innermost(Throwable error) {
        Throwable t = error;
        for (int depth = 0; t.getCause() != null && t.getCause() != t && depth < 32; depth++) {
            t = t.getCause();
        }
        return t;
    }
}
