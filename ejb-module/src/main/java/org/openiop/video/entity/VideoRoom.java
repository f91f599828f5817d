package org.openiop.video.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The vendor room a session got on its first join. The session id is the key, so a session has one
 * room however many people join at once; the plugin's attributes are kept (as JSON) for later links
 * and never shown.
 */
@Entity
@Table(name = "video_room")
@NamedQuery(
        name = VideoRoom.BY_VENDOR_ID,
        query = "select r from VideoRoom r where r.pluginId = :plugin and r.roomId = :room")
public class VideoRoom {

    public static final String BY_VENDOR_ID = "VideoRoom.byVendorId";

    @Id
    @Column(name = "session_id")
    private UUID sessionId;

    @Column(name = "plugin_id", nullable = false, length = 64)
    private String pluginId;

    @Column(name = "room_id", nullable = false, length = 200)
    private String roomId;

    @Column(nullable = false, length = 4000)
    private String attributes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected VideoRoom() {
        // for JPA
    }

    public VideoRoom(
            UUID sessionId, String pluginId, String roomId, String attributes, Instant createdAt) {
        this.sessionId = Objects.requireNonNull(sessionId);
        this.pluginId = Objects.requireNonNull(pluginId);
        if (roomId == null || roomId.isBlank() || roomId.length() > 200) {
            throw new IllegalArgumentException("The video plugin gave no usable room id.");
        }
        this.roomId = roomId;
        this.attributes = Objects.requireNonNull(attributes);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getRoomId() {
        return roomId;
    }

    public String getAttributes() {
        return attributes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
