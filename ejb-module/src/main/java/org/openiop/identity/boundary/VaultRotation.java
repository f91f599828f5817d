package org.openiop.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openiop.identity.control.MasterKey;
import org.openiop.identity.control.VaultCipher;
import org.openiop.platform.boundary.Role;

/**
 * Rotates the vault's master key while OpenIOP serves requests: every two seconds, for up to {@code
 * openiop.vault.rotation.turn} (PT1.5S), re-wraps data keys still wrapped under the old key, a
 * batch per transaction (each entry changes only if it still names the old key, so a crash or a
 * second server repeats nothing wrongly); then the purpose keys; then, last, the key check. Killed
 * halfway, it carries on from where the database says it stopped. Nothing is decrypted but the data
 * keys themselves.
 */
@Singleton
@RunAs(Role.Names.SYSTEM)
public class VaultRotation {

    private static final Logger LOG = Logger.getLogger(VaultRotation.class.getName());

    @Resource(lookup = "jdbc/openiop")
    DataSource dataSource;

    @EJB VaultKeys keys;

    private final int batch =
            ConfigProvider.getConfig()
                    .getOptionalValue("openiop.vault.rotation.batch-size", Integer.class)
                    .orElse(500);

    /**
     * How long each two-second turn may re-wrap; the rest of the turn is left to the requests being
     * served.
     */
    private final Duration turn =
            ConfigProvider.getConfig()
                    .getOptionalValue("openiop.vault.rotation.turn", Duration.class)
                    .orElse(Duration.ofMillis(1500));

    private long rewrappedHere;

    @Schedule(
            second = "*/2",
            minute = "*",
            hour = "*",
            persistent = false,
            info = "vault key rotation")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void rotate() {
        if (!keys.isOpen() || keys.rotatingTo().isEmpty()) {
            return;
        }
        MasterKey next = keys.rotatingTo().get();
        Instant until = Instant.now().plus(turn);
        try {
            int done;
            do {
                done = rewrapEntries(next);
                rewrappedHere += done;
            } while (done == batch && Instant.now().isBefore(until));
            if (done < batch && remaining(next) == 0) {
                rewrapPurposeKeys(next);
                keys.finishRotation(); // counts again under the key check's lock before it moves
            } else if (rewrappedHere % (batch * 20L) < done) {
                long left = remaining(next);
                LOG.info(
                        () ->
                                "Master key rotation: "
                                        + rewrappedHere
                                        + " data keys re-wrapped by this server, "
                                        + left
                                        + " to go");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Master key rotation paused; it carries on in two seconds: {0}",
                    e.getMessage());
        }
    }

    /**
     * How many data keys are still wrapped under another key than the next one (erased entries have
     * none).
     */
    @RolesAllowed(Role.Names.SYSTEM)
    public long remaining(MasterKey next) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count =
                        connection.prepareStatement(
                                "select count(*) from vault_entry where key_id <> ? and wrapped_key"
                                        + " is not null")) {
            count.setString(1, next.id());
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private int rewrapEntries(MasterKey next) throws SQLException {
        Base64.Decoder decoder = Base64.getDecoder();
        Base64.Encoder encoder = Base64.getEncoder();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            int changed = 0;
            try (PreparedStatement select =
                            connection.prepareStatement(
                                    "select participant_id, key_id, wrapped_key from vault_entry"
                                        + " where key_id <> ? and wrapped_key is not null order by"
                                        + " participant_id");
                    // Only if nothing changed it meanwhile: an erasure (wrapped key cleared) must
                    // never be undone.
                    PreparedStatement update =
                            connection.prepareStatement(
                                    "update vault_entry set key_id = ?, wrapped_key = ? where"
                                            + " participant_id = ? and key_id = ? and wrapped_key ="
                                            + " ?")) {
                select.setString(1, next.id());
                select.setMaxRows(batch);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        UUID participant = rows.getObject(1, UUID.class);
                        byte[] aad = IdentityVault.keyAad(participant);
                        byte[] dataKey =
                                VaultCipher.open(
                                        keys.withId(rows.getString(2)).key(),
                                        decoder.decode(rows.getString(3)),
                                        aad);
                        update.setString(1, next.id());
                        update.setString(
                                2,
                                encoder.encodeToString(VaultCipher.seal(next.key(), dataKey, aad)));
                        update.setObject(3, participant);
                        update.setString(4, rows.getString(2));
                        update.setString(5, rows.getString(3));
                        update.addBatch();
                        changed++;
                    }
                }
                update.executeBatch();
            }
            connection.commit();
            return changed;
        }
    }

    private void rewrapPurposeKeys(MasterKey next) throws SQLException {
        Base64.Decoder decoder = Base64.getDecoder();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement(
                                "select purpose, key_id, wrapped from vault_purpose_key where"
                                        + " key_id <> ?");
                PreparedStatement update =
                        connection.prepareStatement(
                                "update vault_purpose_key set key_id = ?, wrapped = ? where purpose"
                                        + " = ? and key_id = ?")) {
            select.setString(1, next.id());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String purpose = rows.getString(1);
                    byte[] aad = VaultKeys.purposeAad(purpose);
                    byte[] value =
                            VaultCipher.open(
                                    keys.withId(rows.getString(2)).key(),
                                    decoder.decode(rows.getString(3)),
                                    aad);
                    update.setString(1, next.id());
                    update.setString(
                            2,
                            Base64.getEncoder()
                                    .encodeToString(VaultCipher.seal(next.key(), value, aad)));
                    update.setString(3, purpose);
                    update.setString(4, rows.getString(2));
                    update.executeUpdate();
                }
            }
        }
    }
}
