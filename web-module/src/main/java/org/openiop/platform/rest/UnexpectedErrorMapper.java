package org.openiop.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unexpected becomes a 500 with a reference the caller can quote to support; the stack
 * trace goes to the server log under the same reference, never to the caller. The log line holds
 * the exception type and stack only: messages can carry input, and input can carry PHI.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + reference + ": " + e.getClass().getName(), withoutMessage(e));
        return new ErrorBody("Unexpected error",
                "The server could not complete the request. Quote reference " + reference + " to support.").toResponse(500);
    }

    private static Throwable withoutMessage(Throwable e) {
        Throwable copy = new Throwable(e.getClass().getName());
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }
}
