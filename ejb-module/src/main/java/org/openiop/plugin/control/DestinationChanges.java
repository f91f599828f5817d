package org.openiop.plugin.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openiop.plugin.entity.DestinationChange;

/**
 * The table {@code plugin_destination_change}: destination changes waiting for a privacy officer.
 * New values of secret properties are sealed exactly as saved settings are ({@link SettingsStore}).
 */
public final class DestinationChanges {

    private final SettingsStore store;

    public DestinationChanges(SettingsStore store) {
        this.store = store;
    }

    /** Records a request; an older one still open for the same property is replaced by it. */
    public UUID request(
            Connection c,
            String pluginId,
            String property,
            String before,
            String value,
            boolean secret,
            String by,
            Instant at)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "delete from plugin_destination_change where plugin_id = ? and property = ?"
                                + " and decided_at is null")) {
            s.setString(1, pluginId);
            s.setString(2, property);
            s.executeUpdate();
        }
        UUID id = UUID.randomUUID();
        try (PreparedStatement s =
                c.prepareStatement(
                        "insert into plugin_destination_change (id, plugin_id, property,"
                            + " shown_before, setting, sealed, requested_by, requested_at) values"
                            + " (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setString(2, pluginId);
            s.setString(3, property);
            s.setString(4, secret ? null : before);
            s.setString(5, store.stored(pluginId, property, value, secret));
            s.setBoolean(6, secret);
            s.setString(7, by);
            s.setTimestamp(8, Timestamp.from(at));
            s.executeUpdate();
        }
        return id;
    }

    /** Every change still waiting, oldest first; a secret's values are left out. */
    public List<DestinationChange> open(Connection c) throws SQLException {
        List<DestinationChange> out = new ArrayList<>();
        try (PreparedStatement s =
                        c.prepareStatement(
                                "select id, plugin_id, property, shown_before, setting, sealed,"
                                    + " requested_by, requested_at from plugin_destination_change"
                                    + " where decided_at is null order by requested_at, id");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                boolean sealed = rows.getBoolean(6);
                out.add(
                        new DestinationChange(
                                rows.getObject(1, UUID.class),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4),
                                sealed ? null : rows.getString(5),
                                sealed,
                                rows.getString(7),
                                rows.getTimestamp(8).toInstant()));
            }
        }
        return out;
    }

    /**
     * The plaintext new value of a change still waiting, or empty (unknown, decided, or
     * unreadable).
     */
    public Optional<String> valueOf(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "select plugin_id, property, setting, sealed from plugin_destination_change"
                                + " where id = ? and decided_at is null")) {
            s.setObject(1, id);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next()
                        ? Optional.ofNullable(
                                store.opened(
                                        rows.getString(1),
                                        rows.getString(2),
                                        rows.getString(3),
                                        rows.getBoolean(4)))
                        : Optional.empty();
            }
        }
    }

    /** Closes a waiting change with the officer's decision; false when it was no longer waiting. */
    public boolean decide(Connection c, UUID id, boolean approved, String by, Instant at)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "update plugin_destination_change set decided_by = ?, decided_at = ?,"
                                + " approved = ? where id = ? and decided_at is null")) {
            s.setString(1, by);
            s.setTimestamp(2, Timestamp.from(at));
            s.setBoolean(3, approved);
            s.setObject(4, id);
            return s.executeUpdate() == 1;
        }
    }
}
