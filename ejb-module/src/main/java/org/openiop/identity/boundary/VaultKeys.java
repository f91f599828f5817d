package org.openiop.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openiop.identity.control.MasterKey;
import org.openiop.identity.control.VaultCipher;
import org.openiop.platform.boundary.Role;

/**
 * Opens the vault with the configured master key, once, and keeps it closed with a reason when the
 * key is missing, unreadable or not the key the vault was first opened with. A closed vault refuses
 * every read and write; readiness reports why.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class VaultKeys {

    private static final Logger LOG = Logger.getLogger(VaultKeys.class.getName());
    private static final byte[] CHECK_TEXT = "openiop vault key check".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHECK_AAD = "vault_key_check".getBytes(StandardCharsets.US_ASCII);

    @Resource(lookup = "jdbc/openiop")
    DataSource dataSource;

    private volatile MasterKey key;
    private volatile String closedBecause = "The vault has not been opened yet.";

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void open() {
        Config config = ConfigProvider.getConfig();
        try {
            MasterKey configured = MasterKey.from(config.getOptionalValue("openiop.vault.master-key-file", String.class),
                    config.getOptionalValue("openiop.vault.master-key", String.class));
            matchAgainstVault(configured);
            key = configured;
            closedBecause = null;
            LOG.info(() -> "Identity vault open with master key " + configured.id());
        } catch (MasterKey.Unusable e) {
            closedBecause = e.getMessage();
            LOG.severe(() -> "Identity vault closed: " + e.getMessage());
        } catch (SQLException e) {
            closedBecause = "The vault's key check could not be read from the database (SQLState " + e.getSQLState() + ").";
            LOG.severe(() -> "Identity vault closed: " + closedBecause);
        }
    }

    /** The open vault's master key. @throws VaultClosed with the reason when it is closed */
    @RolesAllowed({Role.Names.PARTICIPANT, Role.Names.CLINICIAN, Role.Names.INTAKE, Role.Names.PROGRAM_ADMIN, Role.Names.AUDITOR, Role.Names.PRIVACY_OFFICER, Role.Names.SYSTEM})
    public MasterKey require() {
        MasterKey open = key;
        if (open == null) {
            throw new VaultClosed(closedBecause);
        }
        return open;
    }

    // Whether the vault is open, and why not, is status for the health check and the pages; it holds no data.
    @PermitAll
    public boolean isOpen() {
        return key != null;
    }

    /** Why the vault is closed, or null when it is open. */
    // Whether the vault is open, and why not, is status for the health check and the pages; it holds no data.
    @PermitAll
    public String closedBecause() {
        return closedBecause;
    }

    /**
     * The first key to open an empty vault is recorded with a sealed check value; later starts must
     * open that value, or the vault stays closed. Two instances starting at once both try to record;
     * the primary key lets one win and the other then checks against it.
     */
    private void matchAgainstVault(MasterKey configured) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String sealed = storedCheck(connection);
            if (sealed == null) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into vault_key_check (id, key_id, sealed, created_at) values (1, ?, ?, ?)")) {
                    insert.setString(1, configured.id());
                    insert.setString(2, Base64.getEncoder().encodeToString(VaultCipher.seal(configured.key(), CHECK_TEXT, CHECK_AAD)));
                    insert.setObject(3, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
                    insert.executeUpdate();
                    return;
                } catch (SQLException raced) {
                    sealed = storedCheck(connection);
                    if (sealed == null) {
                        throw raced;
                    }
                }
            }
            try {
                VaultCipher.open(configured.key(), Base64.getDecoder().decode(sealed), CHECK_AAD);
            } catch (VaultCipher.SealBroken | IllegalArgumentException e) {
                throw new MasterKey.Unusable("The configured master key (id " + configured.id() + ") is not the key this vault "
                        + "was created with. Configure the original key; OpenIOP will not open the vault with another one.");
            }
        }
    }

    private static String storedCheck(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select sealed from vault_key_check where id = 1");
                ResultSet row = select.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
