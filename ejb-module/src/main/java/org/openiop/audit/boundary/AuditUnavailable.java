package org.openiop.audit.boundary;

import jakarta.ejb.ApplicationException;

/** The audit trail could not be written or read; whatever needed it is rolled back. */
@ApplicationException(rollback = true)
public class AuditUnavailable extends RuntimeException {

    public AuditUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
