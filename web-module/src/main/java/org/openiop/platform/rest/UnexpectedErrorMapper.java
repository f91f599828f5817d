package org.openiop.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.openiop.platform.web.DatabaseFaults;
import org.openiop.platform.web.ErrorLog;

/**
 * Anything unexpected becomes a 500 with a reference the caller can quote to support; the stack
 * trace goes to the server log under the same reference, never to the caller. The log line holds
 * the exception type and stack only: messages can carry input, and input can carry PHI. The
 * database out of reach is not unexpected: 503 with {@code Retry-After}, and no trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable e) {
        if (DatabaseFaults.unreachable(e)) {
            // Not a bug: the operator's outage. Readiness is DOWN meanwhile, naming the database.
            DatabaseFaults.logged(e);
            return Response.fromResponse(ErrorBody.DATABASE_UNAVAILABLE.toResponse(503))
                    .header("Retry-After", DatabaseFaults.RETRY_AFTER)
                    .build();
        }
        String reference = ErrorLog.unexpected(e);
        return new ErrorBody(
                        "Unexpected error",
                        "The server could not complete the request. Quote reference "
                                + reference
                                + " to support.")
                .toResponse(500);
    }
}
