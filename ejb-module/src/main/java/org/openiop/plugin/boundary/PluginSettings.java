package org.openiop.plugin.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.Actor;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.platform.boundary.Conflict;
import org.openiop.platform.boundary.Forbidden;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.boundary.Unavailable;
import org.openiop.plugin.control.ConfiguredContext;
import org.openiop.plugin.control.DestinationChanges;
import org.openiop.plugin.control.SettingsStore;
import org.openiop.plugin.entity.DestinationChange;
import org.openiop.plugin.entity.PluginInfo;
import org.openiop.plugin.entity.SettingField;
import org.openiop.plugin.spi.ConfigProperty;
import org.openiop.program.control.ProgramScope;

/**
 * Plugin settings edited in the console (program admins with global scope): a form from each
 * plugin's descriptor, secrets write-only (never read back, sealed at rest), every change audited
 * without its value, and the plugin started again with the new settings. A change to a destination
 * (where identity or tokens go) waits for the privacy officer, and until then nothing goes there.
 */
@Stateless
public class PluginSettings {

    /** Longest value accepted; sealed, it must still fit the column. */
    public static final int MAX_VALUE = 2000;

    @Inject ProgramScope scope;

    @EJB PluginRegistry registry;

    @Resource(lookup = "jdbc/openiop")
    DataSource dataSource;

    @EJB AuditTrail audit;

    Clock clock = Clock.systemUTC();

    private PluginInfo plugin(String pluginId) {
        return registry.list().stream()
                .filter(p -> p.id().equals(pluginId))
                .findFirst()
                .orElseThrow(
                        () -> new NotFound("There is no plugin with the id '" + pluginId + "'."));
    }

    /**
     * The plugin's settings form: each property with its value (never a secret's) and where it
     * comes from.
     */
    @RolesAllowed({Role.Names.PROGRAM_ADMIN, Role.Names.PRIVACY_OFFICER})
    public List<SettingField> form(String pluginId) {
        PluginInfo info = plugin(pluginId);
        Map<String, String> saved;
        try {
            saved =
                    registry.settingsStore().all().stream()
                            .filter(s -> s.pluginId().equals(pluginId))
                            .collect(
                                    java.util.stream.Collectors.toMap(
                                            SettingsStore.Saved::property,
                                            s -> s.value() == null ? "" : s.value()));
        } catch (SQLException e) {
            throw new Unavailable("The saved plugin settings could not be read; try again.");
        }
        Config config = ConfigProvider.getConfig();
        List<SettingField> out = new ArrayList<>();
        for (ConfigProperty p : info.properties()) {
            String value;
            String source;
            if (saved.containsKey(p.name())) {
                value = saved.get(p.name());
                source = "console";
            } else {
                Optional<String> configured =
                        config.getOptionalValue(
                                        ConfiguredContext.key(pluginId, p.name()), String.class)
                                .filter(v -> !v.isBlank());
                value = configured.orElse(p.defaultValue());
                source =
                        configured.isPresent()
                                ? "configuration"
                                : p.defaultValue() != null ? "default" : "unset";
            }
            boolean set = value != null && !value.isEmpty();
            out.add(new SettingField(p, p.secret() ? null : value, set, source));
        }
        return out;
    }

    /**
     * Saves a plugin's settings and restarts it with them. A blank secret leaves the saved one as
     * it is (write-only fields come back empty); {@code clear} removes saved values, falling back
     * to configuration. A blank non-secret removes its saved value too.
     *
     * @throws RequestRefused (invalid) naming the first property whose value has the wrong form;
     *     nothing is saved then
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public List<PluginInfo> save(
            String pluginId, Map<String, String> values, Set<String> clear, Actor actor) {
        if (!actor.has(Role.PROGRAM_ADMIN)) {
            throw new Forbidden("Only a program admin may change plugin settings.");
        }
        // A plugin's settings serve every program (and may decide where identity is sent).
        scope.requireGlobal(actor);
        PluginInfo info = plugin(pluginId);
        for (String name : values.keySet()) {
            if (info.properties().stream().noneMatch(p -> p.name().equals(name))) {
                throw new Invalid(
                        "The plugin " + pluginId + " has no setting '" + name + "'.",
                        Map.of(name, "unknown"));
            }
        }
        boolean carriesIdentity =
                info.kind() == org.openiop.plugin.spi.PluginKind.ELIGIBILITY
                        || info.kind() == org.openiop.plugin.spi.PluginKind.VIDEO;
        boolean loopbackAllowed =
                ConfigProvider.getConfig()
                        .getOptionalValue(PluginRegistry.LOOPBACK_HTTP, Boolean.class)
                        .orElse(false);
        for (ConfigProperty p : info.properties()) {
            String v = values.get(p.name());
            if (v != null && !v.isBlank()) {
                check(p, v.strip());
                if (carriesIdentity
                        && p.destination()
                        && p.type() == ConfigProperty.Type.URL
                        && ConfiguredContext.isPlainHttp(v.strip(), loopbackAllowed)) {
                    throw new Invalid(
                            p.label()
                                    + ": use an https address; identity and join tokens never"
                                    + " travel unencrypted.",
                            Map.of(p.name(), "https"));
                }
            }
        }
        SettingsStore store = registry.settingsStore();
        Map<String, String> current = new java.util.HashMap<>();
        form(pluginId).forEach(f -> current.put(f.property().name(), f.value()));
        Instant now = clock.instant();
        List<String> waiting = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            DestinationChanges changes = new DestinationChanges(store);
            for (ConfigProperty p : info.properties()) {
                String v = values.get(p.name());
                if (clear.contains(p.name()) || v != null && v.isBlank() && !p.secret()) {
                    // Back to what the deployment configured: hospital IT's choice, not a new
                    // destination.
                    store.remove(c, pluginId, p.name());
                } else if (v != null
                        && !v.isBlank()
                        && p.destination()
                        && (p.secret() || !v.strip().equals(current.get(p.name())))) {
                    // Nothing is sent to a new destination before a privacy officer approves it.
                    changes.request(
                            c,
                            pluginId,
                            p.name(),
                            current.get(p.name()),
                            v.strip(),
                            p.secret(),
                            actor.username(),
                            now);
                    waiting.add(p.name());
                } else if (v != null && !v.isBlank()) {
                    store.put(c, pluginId, p.name(), v.strip(), p.secret(), actor.username(), now);
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new Unavailable(
                    "The settings could not be saved; nothing was changed. Try again.");
        } catch (IllegalStateException e) {
            throw new Invalid(e.getMessage());
        }
        audit.record(actor.username(), "plugin.settings", pluginId, null, AuditRecord.SUCCESS);
        for (String property : waiting) {
            audit.record(
                    actor.username(),
                    "plugin.destination.request",
                    pluginId,
                    property,
                    AuditRecord.SUCCESS);
        }
        return registry.reconfigure(pluginId);
    }

    /** Destination changes waiting for a privacy officer, oldest first. */
    @RolesAllowed({Role.Names.PROGRAM_ADMIN, Role.Names.PRIVACY_OFFICER})
    public List<DestinationChange> waitingForApproval() {
        try (Connection c = dataSource.getConnection()) {
            return new DestinationChanges(registry.settingsStore()).open(c);
        } catch (SQLException e) {
            throw new Unavailable("The waiting changes could not be read; try again.");
        }
    }

    /**
     * The privacy officer's decision on a destination change. Approved, the new value is saved and
     * the plugin started with it; rejected, the old one stays. Both are audited with the property.
     *
     * @throws RequestRefused (not-found) when no such change is waiting
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public List<PluginInfo> decide(java.util.UUID changeId, boolean approve, Actor actor) {
        if (!actor.has(Role.PRIVACY_OFFICER)) {
            throw new Forbidden("Only the privacy officer decides where identity may be sent.");
        }
        SettingsStore store = registry.settingsStore();
        DestinationChanges changes = new DestinationChanges(store);
        DestinationChange change;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            change =
                    changes.open(c).stream()
                            .filter(x -> x.id().equals(changeId))
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new NotFound(
                                                    "No destination change with that id is"
                                                            + " waiting."));
            if (approve) {
                String value =
                        changes.valueOf(c, changeId)
                                .orElseThrow(
                                        () ->
                                                new Unavailable(
                                                        "The new value cannot be opened (is the"
                                                                + " vault closed?); nothing was"
                                                                + " changed."));
                boolean secret =
                        plugin(change.pluginId()).properties().stream()
                                .anyMatch(p -> p.name().equals(change.property()) && p.secret());
                store.put(
                        c,
                        change.pluginId(),
                        change.property(),
                        value,
                        secret,
                        change.requestedBy(),
                        clock.instant());
            }
            if (!changes.decide(c, changeId, approve, actor.username(), clock.instant())) {
                throw new Conflict("Someone decided on this change a moment ago.");
            }
            c.commit();
        } catch (SQLException e) {
            throw new Unavailable(
                    "The decision could not be saved; nothing was changed. Try again.");
        }
        audit.record(
                actor.username(),
                approve ? "plugin.destination.approve" : "plugin.destination.reject",
                change.pluginId(),
                change.property(),
                AuditRecord.SUCCESS);
        return approve ? registry.reconfigure(change.pluginId()) : registry.list();
    }

    /**
     * @throws RequestRefused (invalid) when the value does not have the property's form
     */
    static void check(ConfigProperty p, String v) {
        if (v.length() > MAX_VALUE) {
            throw refused(p, "at most " + MAX_VALUE + " characters");
        }
        switch (p.type()) {
            case INTEGER -> {
                try {
                    Long.parseLong(v);
                } catch (NumberFormatException e) {
                    throw refused(p, "a whole number");
                }
            }
            case BOOLEAN -> {
                if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                    throw refused(p, "true or false");
                }
            }
            case URL -> {
                try {
                    URI uri = new URI(v);
                    if (uri.getHost() == null
                            || !("https".equals(uri.getScheme())
                                    || "http".equals(uri.getScheme()))) {
                        throw refused(p, "an http(s) address such as https://meet.example.org");
                    }
                } catch (URISyntaxException e) {
                    throw refused(p, "an http(s) address such as https://meet.example.org");
                }
            }
            case DURATION -> {
                if (!v.matches("\\d+")) {
                    try {
                        Duration.parse(v);
                    } catch (DateTimeParseException e) {
                        throw refused(p, "milliseconds or an ISO-8601 duration such as PT30S");
                    }
                }
            }
            default -> {
                // TEXT and FILE: any text of the allowed length
            }
        }
    }

    private static RequestRefused refused(ConfigProperty p, String shape) {
        return new Invalid(p.label() + " must be " + shape + ".", Map.of(p.name(), shape));
    }
}
