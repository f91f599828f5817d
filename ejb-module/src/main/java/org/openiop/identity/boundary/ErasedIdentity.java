package org.openiop.identity.boundary;

import jakarta.ejb.ApplicationException;

/** The identity was crypto-shredded (or never stored) and cannot be read. */
@ApplicationException(rollback = true)
public class ErasedIdentity extends RuntimeException {

    public ErasedIdentity(String message) {
        super(message);
    }
}
