package org.openiop.identity.boundary;

import jakarta.ejb.ApplicationException;

/** The caller may not read this identity now; the refusal itself is audited. */
@ApplicationException(rollback = true)
public class VaultAccessDenied extends RuntimeException {

    public VaultAccessDenied(String message) {
        super(message);
    }
}
