package org.openiop.platform.web;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs an unexpected error under a fresh reference the user can quote to support. Only the
 * exception's type and stack reach the log, never its message (or its causes' messages): those can
 * carry input, and input can carry PHI (docs/anonymity.md, invariant 8).
 */
public final class ErrorLog {

    private static final Logger LOG = Logger.getLogger(ErrorLog.class.getName());

    private ErrorLog() {}

    /**
     * @return the reference written to the log, to show to the user
     */
    public static String unexpected(Throwable error) {
        String reference = UUID.randomUUID().toString();
        Throwable trace = new Throwable(error.getClass().getName());
        trace.setStackTrace(error.getStackTrace());
        LOG.log(
                Level.SEVERE,
                "Unexpected error " + reference + " (" + error.getClass().getName() + ")",
                trace);
        return reference;
    }
}
