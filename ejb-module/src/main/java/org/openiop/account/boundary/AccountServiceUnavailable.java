package org.openiop.account.boundary;

import jakarta.ejb.ApplicationException;

/** Keycloak could not be reached or refused the admin call; the message says which, without PHI. */
@ApplicationException(rollback = true)
public class AccountServiceUnavailable extends RuntimeException {

    public AccountServiceUnavailable(String message) {
        super(message);
    }
}
