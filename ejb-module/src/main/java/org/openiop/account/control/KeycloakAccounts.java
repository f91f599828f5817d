package org.openiop.account.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.openiop.account.boundary.AccountServiceUnavailable;

/**
 * Participants' Keycloak accounts, through the admin API as the {@code openiop-provisioner} service
 * account, which holds realm-management's query-users and, through fine-grained admin permissions,
 * may manage the members of the participants group and no one else. An account carries a generated
 * username, no e-mail, no first or last name and no attributes (docs/anonymity.md, invariant 5).
 */
@ApplicationScoped
public class KeycloakAccounts {

    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class.getName());

    /** The group participants' accounts are created in; it gives them the participant role. */
    static final String PARTICIPANTS_GROUP = "/participants";

    private volatile Keycloak admin;
    private String realm;

    /**
     * Creates an enabled account that must change its temporary password at first sign-in, as a
     * member of the realm's participants group, from which it takes the participant role. The
     * provisioner may create accounts only into that group and manage only its members (Keycloak's
     * fine-grained admin permissions, set by harden-realm.sh), so it can never touch a staff
     * account.
     *
     * @return Keycloak's id for the new user
     * @throws UsernameTaken when Keycloak already has that username
     * @throws AccountServiceUnavailable when Keycloak cannot be reached or refuses
     */
    public String createParticipant(String username, String temporaryPassword) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setEmailVerified(false);
        user.setRequiredActions(List.of("UPDATE_PASSWORD"));
        user.setGroups(List.of(PARTICIPANTS_GROUP));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(temporaryPassword);
        password.setTemporary(true);
        user.setCredentials(List.of(password));
        return call(
                "create the account",
                () -> {
                    try (Response response = realm().users().create(user)) {
                        if (response.getStatus() == 409) {
                            throw new UsernameTaken();
                        }
                        return CreatedResponseUtil.getCreatedId(response);
                    }
                });
    }

    /** Keycloak's id for the account with exactly this username, or empty. */
    public Optional<String> idOf(String username) {
        return call(
                "look up an account",
                () ->
                        realm().users().search(username, true).stream()
                                .filter(u -> username.equals(u.getUsername()))
                                .map(UserRepresentation::getId)
                                .findFirst());
    }

    /** Whether the account still has to replace its temporary password (it has never signed in). */
    public boolean mustChangePassword(String userId) {
        return call(
                "look at the account",
                () -> {
                    List<String> actions =
                            realm().users().get(userId).toRepresentation().getRequiredActions();
                    return actions != null && actions.contains("UPDATE_PASSWORD");
                });
    }

    /** Gives the account a new temporary password, to be replaced at its next sign-in. */
    public void resetTemporaryPassword(String userId, String temporaryPassword) {
        call(
                "set a new temporary password",
                () -> {
                    UserResource user = realm().users().get(userId);
                    CredentialRepresentation password = new CredentialRepresentation();
                    password.setType(CredentialRepresentation.PASSWORD);
                    password.setValue(temporaryPassword);
                    password.setTemporary(true);
                    user.resetPassword(password);
                    return null;
                });
    }

    /** Disables the account and ends every session it has, so that it cannot sign in or refresh. */
    public void disable(String userId) {
        call(
                "disable the account",
                () -> {
                    UserResource user = realm().users().get(userId);
                    UserRepresentation representation = user.toRepresentation();
                    representation.setEnabled(false);
                    user.update(representation);
                    user.logout();
                    return null;
                });
    }

    /** Deletes the account; an account already gone counts as deleted. */
    public void delete(String userId) {
        call(
                "delete the account",
                () -> {
                    try (Response response = realm().users().delete(userId)) {
                        if (response.getStatus() != 204 && response.getStatus() != 404) {
                            throw new AccountServiceUnavailable(
                                    "Keycloak answered "
                                            + response.getStatus()
                                            + " when deleting an account.");
                        }
                    }
                    return null;
                });
    }

    /** Best effort, for undoing a half-finished enrollment; failures are logged by id only. */
    public void deleteQuietly(String userId) {
        try {
            delete(userId);
        } catch (RuntimeException e) {
            LOG.warning(
                    () ->
                            "Could not remove Keycloak account "
                                    + userId
                                    + " after a failed enrollment; remove it by hand: "
                                    + e.getMessage());
        }
    }

    private <T> T call(String what, java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (UsernameTaken | AccountServiceUnavailable e) {
            throw e;
        } catch (ProcessingException e) {
            throw new AccountServiceUnavailable("Keycloak could not be reached to " + what + ".");
        } catch (WebApplicationException e) {
            throw new AccountServiceUnavailable(
                    "Keycloak refused to " + what + " (HTTP " + e.getResponse().getStatus() + ").");
        } catch (RuntimeException e) {
            throw new AccountServiceUnavailable(
                    "Keycloak could not " + what + " (" + e.getClass().getSimpleName() + ").");
        }
    }

    private RealmResource realm() {
        Keycloak client = admin;
        if (client == null) {
            synchronized (this) {
                client = admin;
                if (client == null) {
                    client = connect();
                    admin = client;
                }
            }
        }
        return client.realm(realm);
    }

    private Keycloak connect() {
        Config config = ConfigProvider.getConfig();
        realm = config.getValue("openiop.keycloak.realm", String.class);
        String secret =
                config.getOptionalValue("openiop.provisioner.secret", String.class)
                        .orElseThrow(
                                () ->
                                        new AccountServiceUnavailable(
                                                "No secret is configured for the"
                                                        + " openiop-provisioner client; set"
                                                        + " OPENIOP_PROVISIONER_SECRET (or"
                                                        + " openiop.provisioner.secret)."));
        // Short timeouts: intake is waiting at the desk, and a hung Keycloak must become a clear
        // message.
        ResteasyClientBuilderImpl http = ResteasyClientClassicProvider.createClientBuilder();
        http.connectTimeout(3, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS);
        http.register(JacksonProvider.class, 100);
        return KeycloakBuilder.builder()
                .serverUrl(config.getValue("openiop.keycloak.url", String.class))
                .realm(realm)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(
                        config.getOptionalValue("openiop.provisioner.client-id", String.class)
                                .orElse("openiop-provisioner"))
                .clientSecret(secret)
                .resteasyClient(http.build())
                .build();
    }

    @PreDestroy
    void close() {
        Keycloak client = admin;
        if (client != null) {
            client.close();
        }
    }
}
