package org.openiop.video.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.identity.boundary.VaultKeys;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.boundary.Unavailable;
import org.openiop.plugin.boundary.PluginRegistry;
import org.openiop.plugin.control.LoadedPlugin;
import org.openiop.plugin.spi.JoinLink;
import org.openiop.plugin.spi.JoinRequest;
import org.openiop.plugin.spi.PluginKind;
import org.openiop.plugin.spi.Room;
import org.openiop.plugin.spi.RoomRequest;
import org.openiop.program.entity.GroupSession;
import org.openiop.program.entity.TherapyGroup;
import org.openiop.video.control.GuardedVideo;
import org.openiop.video.control.VendorIds;
import org.openiop.video.entity.VideoRoom;

/**
 * A session's room and the links into it, through the group's video plugin. The room is created on
 * the first join and kept (one per session, however many people arrive at once); the vendor sees a
 * reference for the session and, for each person, an id that exists only in that session.
 */
@Stateless
public class VideoRooms {

    /** How long after the session's end a link still lets someone in (they may run over). */
    static final Duration AFTER_END = Duration.ofMinutes(30);

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @EJB PluginRegistry registry;

    @EJB VaultKeys keys;

    @EJB AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /**
     * The video plugin a group's sessions use: the group's own choice, else {@code
     * openiop.video.default-plugin}, else the one active video plugin the program uses.
     *
     * @throws RequestRefused (video-unavailable) when that plugin is not active, or none can be
     *     chosen
     */
    @RolesAllowed({Role.Names.PARTICIPANT, Role.Names.CLINICIAN, Role.Names.PROGRAM_ADMIN})
    public LoadedPlugin pluginFor(TherapyGroup group) {
        List<LoadedPlugin> active =
                registry.active(PluginKind.VIDEO).stream()
                        .filter(p -> group.getProgram().usesPlugin(p.descriptor().id()))
                        .toList();
        String wanted =
                Optional.ofNullable(group.getVideoPlugin())
                        .or(
                                () ->
                                        ConfigProvider.getConfig()
                                                .getOptionalValue(
                                                        "openiop.video.default-plugin",
                                                        String.class)
                                                .filter(s -> !s.isBlank()))
                        .orElse(null);
        if (wanted != null) {
            return active.stream()
                    .filter(p -> p.descriptor().id().equals(wanted))
                    .findFirst()
                    .orElseThrow(
                            () ->
                                    new RequestRefused(
                                            "video-unavailable",
                                            "The video service for this group ("
                                                    + wanted
                                                    + ") is not available right now."));
        }
        if (active.size() != 1) {
            throw new Unavailable(
                    "video-unavailable",
                    active.isEmpty()
                            ? "No video service is set up for this group yet."
                            : "This group has no video service chosen; the program must choose"
                                    + " one.");
        }
        return active.get(0);
    }

    /** The ids the vendor sees, keyed from the vault's master key. */
    @RolesAllowed(Role.Names.SYSTEM)
    public VendorIds vendorIds() {
        return new VendorIds(keys.purposeKey(VaultKeys.VENDOR_IDS));
    }

    /**
     * The session's room, created through the plugin on first use. Concurrent first joins queue on
     * a lock of the session's row, so exactly one of them asks the vendor for a room.
     *
     * @throws RequestRefused (video-unavailable) when the plugin fails or hangs; nothing is kept
     *     then
     */
    @RolesAllowed({Role.Names.PARTICIPANT, Role.Names.CLINICIAN, Role.Names.PROGRAM_ADMIN})
    public VideoRoom roomFor(GroupSession session, LoadedPlugin plugin) {
        VideoRoom room = em.find(VideoRoom.class, session.getId());
        if (room != null) {
            return room;
        }
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        room = em.find(VideoRoom.class, session.getId());
        if (room != null) {
            return room;
        }
        TherapyGroup group = session.getGroup();
        // The lobby is always asked for: vendors that have one keep people waiting until a
        // facilitator admits them.
        RoomRequest request =
                new RoomRequest(
                        vendorIds().ofSession(session.getId()),
                        session.getStartsAt(),
                        session.getEndsAt(),
                        group.getCapacity() + group.getFacilitators().size(),
                        true,
                        false);
        Room made;
        try {
            made = new GuardedVideo(plugin).createRoom(request);
        } catch (VideoUnavailable e) {
            throw new Unavailable(
                    "video-unavailable", "The video service did not open a room: " + e.reason());
        }
        room =
                new VideoRoom(
                        session.getId(),
                        plugin.descriptor().id(),
                        made.roomId(),
                        json(made.attributes()),
                        clock.instant());
        em.persist(room);
        em.flush();
        audit.record(
                "system",
                "video.room-created",
                session.getId().toString(),
                plugin.descriptor().id(),
                AuditRecord.SUCCESS);
        return room;
    }

    /**
     * A link into the room for one person: a participant under their pseudonym, or a facilitator
     * (who moderates, and admits people from the lobby where the vendor has one).
     */
    @RolesAllowed({Role.Names.PARTICIPANT, Role.Names.CLINICIAN, Role.Names.PROGRAM_ADMIN})
    public JoinLink link(
            GroupSession session,
            VideoRoom room,
            LoadedPlugin plugin,
            String person,
            String displayName,
            JoinRequest.Role role,
            boolean cameraOff,
            boolean audioOnly) {
        Instant now = clock.instant();
        Instant until = session.getEndsAt().plus(AFTER_END);
        if (!until.isAfter(now)) {
            throw new Invalid("This session has ended.");
        }
        Room asSpi =
                new Room(
                        room.getRoomId(),
                        vendorIds().ofSession(session.getId()),
                        attributes(room.getAttributes()));
        JoinRequest request =
                new JoinRequest(
                        asSpi,
                        vendorIds().of(session.getId(), person),
                        displayName,
                        role,
                        cameraOff,
                        audioOnly,
                        now.minusSeconds(60),
                        until);
        try {
            return new GuardedVideo(plugin).joinLink(request);
        } catch (VideoUnavailable e) {
            throw new Unavailable(
                    "video-unavailable", "The video service did not give a link: " + e.reason());
        }
    }

    /** The room a vendor's event names, if it is one of ours. */
    @RolesAllowed(Role.Names.SYSTEM)
    public Optional<VideoRoom> byVendorId(String pluginId, String roomId) {
        return em
                .createNamedQuery(VideoRoom.BY_VENDOR_ID, VideoRoom.class)
                .setParameter("plugin", pluginId)
                .setParameter("room", roomId)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The plugin that made a room, if it is still active. */
    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.SYSTEM
    })
    public Optional<LoadedPlugin> activePlugin(String pluginId) {
        return registry.active(PluginKind.VIDEO).stream()
                .filter(p -> p.descriptor().id().equals(pluginId))
                .findFirst();
    }

    static String json(Map<String, String> attributes) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        attributes.forEach(json::add);
        return json.build().toString();
    }

    static Map<String, String> attributes(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            o.forEach(
                    (k, v) -> out.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
        }
        return out;
    }
}
