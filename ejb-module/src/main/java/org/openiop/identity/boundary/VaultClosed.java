package org.openiop.identity.boundary;

import jakarta.ejb.ApplicationException;

/** The vault is closed (no usable master key); the message says what to fix. */
@ApplicationException(rollback = true)
public class VaultClosed extends RuntimeException {

    public VaultClosed(String message) {
        super(message);
    }
}
