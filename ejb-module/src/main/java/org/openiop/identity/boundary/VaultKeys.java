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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openiop.identity.control.MasterKey;
import org.openiop.identity.control.VaultCipher;
import org.openiop.platform.boundary.Role;

/**
 * Opens the vault with the configured master key, once, and keeps it closed with a reason when the
 * key is missing, unreadable or not the key the vault was last sealed with. A closed vault refuses
 * every read and write; readiness reports why.
 *
 * <p>Rotation: with {@code openiop.vault.next-master-key-file} (or {@code
 * OPENIOP_VAULT_NEXT_MASTER_KEY}) set as well, new data keys are wrapped under the next key and
 * {@link VaultRotation} re-wraps the rest; each entry names the key that wrapped it, so both keys
 * open the vault until the key check moves to the next key, last. After that the next key alone
 * opens the vault, whichever of the two settings names it.
 *
 * <p>Purpose keys (plugin secrets, duplicate tags, vendor ids, staff-reported incident notes) are
 * random keys of their own, kept wrapped under the master key like data keys, so that they keep
 * their value through a rotation while an old backup's copies need the retired key.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class VaultKeys {

    private static final Logger LOG = Logger.getLogger(VaultKeys.class.getName());

    /** Purpose keys: the keyed hash that finds likely duplicate enrolments. */
    public static final String DUPLICATE_TAGS = "openiop duplicate tag";

    /** Purpose keys: secret plugin settings. */
    public static final String PLUGIN_SETTINGS = "openiop plugin settings v1";

    /**
     * Purpose keys: the ids video vendors see (stable through rotations, so a session's ids do not
     * change).
     */
    public static final String VENDOR_IDS = "openiop vendor ids v1";

    /**
     * Purpose keys: incident reports by staff and vendors; a participant's own under their data
     * key.
     */
    public static final String INCIDENT_NOTES = "openiop incident notes v1";

    /**
     * Purpose keys: eligibility answers sealed before they were sealed under participants' data
     * keys.
     */
    public static final String ELIGIBILITY_ANSWERS = "openiop eligibility answers v1";

    /**
     * Made when the vault opens, from the key that opens it, so that each keeps the value it was
     * derived with before purpose keys existed even if a rotation finishes before its first use.
     */
    private static final List<String> PURPOSES =
            List.of(
                    DUPLICATE_TAGS,
                    PLUGIN_SETTINGS,
                    VENDOR_IDS,
                    INCIDENT_NOTES,
                    ELIGIBILITY_ANSWERS);

    private static final byte[] CHECK_TEXT =
            "openiop vault key check".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHECK_AAD = "vault_key_check".getBytes(StandardCharsets.US_ASCII);

    @Resource(lookup = "jdbc/openiop")
    DataSource dataSource;

    /** The key the vault's check value opened with, and the next one while rotating (else null). */
    private volatile MasterKey key;

    private volatile MasterKey next;
    private volatile String closedBecause = "The vault has not been opened yet.";
    private final Map<String, byte[]> purposeKeys = new ConcurrentHashMap<>();

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void open() {
        Config config = ConfigProvider.getConfig();
        try {
            MasterKey configured =
                    MasterKey.from(
                            config.getOptionalValue("openiop.vault.master-key-file", String.class),
                            config.getOptionalValue("openiop.vault.master-key", String.class));
            Optional<String> nextFile =
                    config.getOptionalValue("openiop.vault.next-master-key-file", String.class);
            Optional<String> nextValue =
                    config.getOptionalValue("openiop.vault.next-master-key", String.class);
            MasterKey upcoming =
                    nextFile.filter(f -> !f.isBlank()).isPresent()
                                    || nextValue.filter(v -> !v.isBlank()).isPresent()
                            ? MasterKey.from(nextFile, nextValue)
                            : null;
            MasterKey opened = matchAgainstVault(configured, upcoming);
            key = opened;
            next = upcoming != null && !upcoming.id().equals(opened.id()) ? upcoming : null;
            for (String purpose : PURPOSES) {
                purposeKey(purpose);
            }
            closedBecause = null;
            LOG.info(
                    () ->
                            "Identity vault open with master key "
                                    + opened.id()
                                    + (next == null
                                            ? ""
                                            : "; rotating to master key " + next.id()));
        } catch (MasterKey.Unusable e) {
            closedBecause = e.getMessage();
            LOG.severe(() -> "Identity vault closed: " + e.getMessage());
        } catch (SQLException e) {
            closedBecause =
                    "The vault's key check could not be read from the database (SQLState "
                            + e.getSQLState()
                            + ").";
            LOG.severe(() -> "Identity vault closed: " + closedBecause);
        }
    }

    /**
     * The key that wraps new data keys: the next one while rotating.
     *
     * @throws VaultClosed with the reason when it is closed
     */
    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER,
        Role.Names.SYSTEM
    })
    public MasterKey require() {
        MasterKey open = key;
        if (open == null) {
            throw new VaultClosed(closedBecause);
        }
        MasterKey upcoming = next;
        return upcoming != null ? upcoming : open;
    }

    /**
     * The master key with this id (the one that wrapped an entry), while the vault has it.
     *
     * @throws VaultClosed when the vault is closed or no longer holds that key
     */
    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER,
        Role.Names.SYSTEM
    })
    public MasterKey withId(String keyId) {
        MasterKey open = require();
        for (MasterKey candidate : new MasterKey[] {open, key}) {
            if (candidate.id().equals(keyId)) {
                return candidate;
            }
        }
        throw new VaultClosed(
                "This entry was sealed under master key "
                        + keyId
                        + ", which is not configured. Configure it as openiop.vault.master-key-file"
                        + " until a rotation away from it has finished.");
    }

    /** The key being rotated to, or empty when no rotation is under way. */
    @RolesAllowed(Role.Names.SYSTEM)
    public Optional<MasterKey> rotatingTo() {
        return Optional.ofNullable(next);
    }

    /**
     * The rotation's last step: the check value moves to the next key, which alone opens the vault
     * from now on.
     */
    @RolesAllowed(Role.Names.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void finishRotation() throws SQLException {
        MasterKey upcoming = next;
        if (upcoming == null) {
            return;
        }
        // One transaction under the check's row lock: a server still configured with only the old
        // key
        // may have wrapped a new entry under it since the count; then the check stays where it is.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock =
                            connection.prepareStatement(
                                    "select key_id from vault_key_check where id = 1 for update");
                    PreparedStatement left =
                            connection.prepareStatement(
                                    "select count(*) from vault_entry where key_id <> ? "
                                            + "and wrapped_key is not null");
                    PreparedStatement purposes =
                            connection.prepareStatement(
                                    "select count(*) from vault_purpose_key where key_id <> ?");
                    PreparedStatement update =
                            connection.prepareStatement(
                                    "update vault_key_check set key_id = ?, sealed = ?, created_at"
                                            + " = ? where id = 1")) {
                lock.executeQuery().close();
                for (PreparedStatement count : List.of(left, purposes)) {
                    count.setString(1, upcoming.id());
                    try (ResultSet row = count.executeQuery()) {
                        row.next();
                        if (row.getLong(1) > 0) {
                            connection.rollback();
                            return;
                        }
                    }
                }
                update.setString(1, upcoming.id());
                update.setString(
                        2,
                        Base64.getEncoder()
                                .encodeToString(
                                        VaultCipher.seal(upcoming.key(), CHECK_TEXT, CHECK_AAD)));
                update.setObject(3, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
                update.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
        key = upcoming;
        next = null;
        LOG.info(
                () ->
                        "Master key rotation finished: the vault now opens with master key "
                                + upcoming.id()
                                + " only. Set openiop.vault.master-key-file to it, remove"
                                + " openiop.vault.next-master-key-file, and destroy the retired key"
                                + " once no backup you keep needs it"
                                + " (docs/operations.md#backups).");
    }

    /**
     * A purpose key: random, made once, wrapped under the master key in {@code vault_purpose_key}
     * and re-wrapped by a rotation, so its value never changes. A purpose first asked for after an
     * upgrade gets the value OpenIOP derived from the master key before, so that what was sealed
     * with it still opens.
     */
    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER,
        Role.Names.SYSTEM
    })
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public byte[] purposeKey(String purpose) {
        byte[] cached = purposeKeys.get(purpose);
        if (cached != null) {
            return cached.clone();
        }
        MasterKey wrapping = require();
        try (Connection connection = dataSource.getConnection()) {
            byte[] value = readPurposeKey(connection, purpose);
            if (value == null) {
                value = key.derive(purpose);
                try (PreparedStatement insert =
                        connection.prepareStatement(
                                "insert into vault_purpose_key (purpose, key_id, wrapped) values"
                                        + " (?, ?, ?)")) {
                    insert.setString(1, purpose);
                    insert.setString(2, wrapping.id());
                    insert.setString(
                            3,
                            Base64.getEncoder()
                                    .encodeToString(
                                            VaultCipher.seal(
                                                    wrapping.key(), value, purposeAad(purpose))));
                    insert.executeUpdate();
                } catch (SQLException raced) {
                    value = readPurposeKey(connection, purpose);
                    if (value == null) {
                        throw raced;
                    }
                }
            }
            purposeKeys.put(purpose, value);
            return value.clone();
        } catch (SQLException e) {
            throw new VaultClosed(
                    "The vault's keys could not be read from the database (SQLState "
                            + e.getSQLState()
                            + ").");
        }
    }

    private byte[] readPurposeKey(Connection connection, String purpose) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement(
                        "select key_id, wrapped from vault_purpose_key where purpose = ?")) {
            select.setString(1, purpose);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? VaultCipher.open(
                                withId(row.getString(1)).key(),
                                Base64.getDecoder().decode(row.getString(2)),
                                purposeAad(purpose))
                        : null;
            }
        }
    }

    static byte[] purposeAad(String purpose) {
        return ("purpose:" + purpose).getBytes(StandardCharsets.UTF_8);
    }

    // Whether the vault is open, and why not, is status for the health check and the pages; it
    // holds no data.
    @PermitAll
    public boolean isOpen() {
        return key != null;
    }

    /** Why the vault is closed, or null when it is open. */
    // Whether the vault is open, and why not, is status for the health check and the pages; it
    // holds no data.
    @PermitAll
    public String closedBecause() {
        return closedBecause;
    }

    /**
     * The first key to open an empty vault is recorded with a sealed check value; later starts must
     * open that value with the configured key or, after a finished rotation, the next one; or the
     * vault stays closed. Two instances starting at once both try to record; the primary key lets
     * one win and the other then checks against it.
     *
     * @return the key that opens the check value
     */
    private MasterKey matchAgainstVault(MasterKey configured, MasterKey upcoming)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String sealed = storedCheck(connection);
            if (sealed == null) {
                try (PreparedStatement insert =
                        connection.prepareStatement(
                                "insert into vault_key_check (id, key_id, sealed, created_at)"
                                        + " values (1, ?, ?, ?)")) {
                    insert.setString(1, configured.id());
                    insert.setString(
                            2,
                            Base64.getEncoder()
                                    .encodeToString(
                                            VaultCipher.seal(
                                                    configured.key(), CHECK_TEXT, CHECK_AAD)));
                    insert.setObject(3, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
                    insert.executeUpdate();
                    return configured;
                } catch (SQLException raced) {
                    sealed = storedCheck(connection);
                    if (sealed == null) {
                        throw raced;
                    }
                }
            }
            for (MasterKey candidate :
                    upcoming == null
                            ? new MasterKey[] {configured}
                            : new MasterKey[] {configured, upcoming}) {
                try {
                    VaultCipher.open(
                            candidate.key(), Base64.getDecoder().decode(sealed), CHECK_AAD);
                    return candidate;
                } catch (VaultCipher.SealBroken | IllegalArgumentException e) {
                    // try the next candidate
                }
            }
            throw new MasterKey.Unusable(
                    "The configured master key (id "
                            + configured.id()
                            + ") is not the key this vault was sealed with. Configure that key;"
                            + " OpenIOP will not open the vault with another one.");
        }
    }

    private static String storedCheck(Connection connection) throws SQLException {
        try (PreparedStatement select =
                        connection.prepareStatement(
                                "select sealed from vault_key_check where id = 1");
                ResultSet row = select.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
