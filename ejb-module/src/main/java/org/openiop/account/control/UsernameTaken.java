package org.openiop.account.control;

/** Keycloak already has an account with the generated username; the caller draws another. */
public class UsernameTaken extends RuntimeException {

    public UsernameTaken() {
        super("That username is already taken in Keycloak.");
    }
}
