package org.openiop.plugin.control;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.openiop.identity.control.VaultCipher;

/**
 * Plugin settings saved from the console, in table {@code plugin_setting}. Secret values are sealed
 * with AES-GCM under a key derived from the vault's master key (bound to plugin and property), so
 * neither the database nor a backup shows them; without the master key they cannot be read, and the
 * plugin then lacks them as if never set.
 */
public final class SettingsStore {

    /**
     * One saved value; {@code value} is plaintext (opened when sealed), or null when it could not
     * be opened.
     */
    public record Saved(
            String pluginId,
            String property,
            String value,
            boolean secret,
            String changedBy,
            Instant changedAt) {}

    private final DataSource dataSource;
    private final SecretKey key;

    /**
     * @param key the vault's purpose key for plugin settings, or null when the vault is closed
     *     (secrets then stay unread)
     */
    public SettingsStore(DataSource dataSource, SecretKey key) {
        this.dataSource = dataSource;
        this.key = key;
    }

    private SecretKey key() {
        if (key == null) {
            throw new IllegalStateException(
                    "The identity vault is closed, so secret plugin settings cannot be sealed or"
                            + " read.");
        }
        return key;
    }

    private static byte[] aad(String pluginId, String property) {
        return (pluginId + "/" + property).getBytes(StandardCharsets.UTF_8);
    }

    /** Every saved setting, secrets opened where the key allows. */
    public List<Saved> all() throws SQLException {
        List<Saved> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "select plugin_id, property, setting, sealed, changed_by,"
                                        + " changed_at from plugin_setting");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                String plugin = rows.getString(1);
                String property = rows.getString(2);
                boolean sealed = rows.getBoolean(4);
                String value = rows.getString(3);
                if (sealed) {
                    value = open(plugin, property, value);
                }
                out.add(
                        new Saved(
                                plugin,
                                property,
                                value,
                                sealed,
                                rows.getString(5),
                                rows.getTimestamp(6).toInstant()));
            }
        }
        return out;
    }

    private String open(String plugin, String property, String stored) {
        if (key == null) {
            return null;
        }
        try {
            return new String(
                    VaultCipher.open(
                            key(), Base64.getDecoder().decode(stored), aad(plugin, property)),
                    StandardCharsets.UTF_8);
        } catch (VaultCipher.SealBroken | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Values by plugin and property, for the plugins' contexts; unreadable secrets are left out.
     */
    public Map<String, Map<String, String>> values() throws SQLException {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (Saved s : all()) {
            if (s.value() != null) {
                out.computeIfAbsent(s.pluginId(), k -> new HashMap<>())
                        .put(s.property(), s.value());
            }
        }
        return out;
    }

    /**
     * The value as stored: sealed under the settings key when secret, bound to its plugin and
     * property.
     */
    public String stored(String pluginId, String property, String value, boolean secret) {
        return secret
                ? Base64.getEncoder()
                        .encodeToString(
                                VaultCipher.seal(
                                        key(),
                                        value.getBytes(StandardCharsets.UTF_8),
                                        aad(pluginId, property)))
                : value;
    }

    /** A stored value opened again; null when a sealed one cannot be opened. */
    public String opened(String pluginId, String property, String stored, boolean sealed) {
        return sealed ? open(pluginId, property, stored) : stored;
    }

    /** Saves one value, sealing it when secret; replaces what was there. */
    public void put(
            Connection c,
            String pluginId,
            String property,
            String value,
            boolean secret,
            String by,
            Instant at)
            throws SQLException {
        String stored = stored(pluginId, property, value, secret);
        remove(c, pluginId, property);
        try (PreparedStatement s =
                c.prepareStatement(
                        "insert into plugin_setting (plugin_id, property, setting, sealed, "
                                + "changed_by, changed_at) values (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, pluginId);
            s.setString(2, property);
            s.setString(3, stored);
            s.setBoolean(4, secret);
            s.setString(5, by);
            s.setTimestamp(6, Timestamp.from(at));
            s.executeUpdate();
        }
    }

    public void remove(Connection c, String pluginId, String property) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "delete from plugin_setting where plugin_id = ? and property = ?")) {
            s.setString(1, pluginId);
            s.setString(2, property);
            s.executeUpdate();
        }
    }
}
