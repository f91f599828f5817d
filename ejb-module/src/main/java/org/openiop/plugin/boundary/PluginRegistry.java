package org.openiop.plugin.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openiop.audit.entity.Actor;
import org.openiop.identity.boundary.VaultKeys;
import org.openiop.identity.control.VaultCipher;
import org.openiop.platform.boundary.Role;
import org.openiop.plugin.control.ConfiguredContext;
import org.openiop.plugin.control.LoadedPlugin;
import org.openiop.plugin.control.PluginCandidate;
import org.openiop.plugin.control.PluginGuard;
import org.openiop.plugin.control.PluginJars;
import org.openiop.plugin.control.SettingsStore;
import org.openiop.plugin.control.VideoCapabilityWords;
import org.openiop.plugin.entity.PluginInfo;
import org.openiop.plugin.entity.PluginState;
import org.openiop.plugin.spi.PluginDescriptor;
import org.openiop.plugin.spi.PluginKind;
import org.openiop.plugin.spi.SpiVersion;
import org.openiop.plugin.spi.VersionRange;
import org.openiop.plugin.spi.VideoProviderFactory;
import org.openiop.program.control.ProgramScope;

/**
 * Every plugin OpenIOP knows: bundled ones from the application's libraries and external ones from
 * {@code openiop.plugins.dir}, each checked (SPI range, unique id, required configuration),
 * initialised under its guard, and published as an immutable snapshot. A rescan builds a new
 * snapshot from the folder, swaps it in, and closes the external plugins it no longer holds. A
 * plugin that is refused is listed with the reason; OpenIOP keeps running.
 */
@Singleton
@Startup
@DependsOn("VaultKeys")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RunAs(Role.Names.SYSTEM)
public class PluginRegistry {

    private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());

    @Resource ManagedExecutorService executor;

    @Resource(lookup = "jdbc/openiop")
    DataSource dataSource;

    @Inject ProgramScope scope;

    @EJB VaultKeys vault;

    private final Clock clock = Clock.systemUTC();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile Snapshot current = new Snapshot(Map.of(), List.of());

    /**
     * What the registry holds at one moment: the loaded plugins by id, and every plugin's listing.
     */
    record Snapshot(
            Map<String, LoadedPlugin> loaded,
            List<PluginInfo> listing,
            Map<PluginKind, List<LoadedPlugin>> byKind) {

        Snapshot(Map<String, LoadedPlugin> loaded, List<PluginInfo> listing) {
            this(
                    loaded,
                    listing,
                    loaded.values().stream()
                            .sorted(
                                    java.util.Comparator.comparing(
                                            (LoadedPlugin p) -> p.descriptor().id()))
                            .collect(
                                    Collectors.groupingBy(
                                            p -> p.descriptor().kind(),
                                            Collectors.toUnmodifiableList())));
        }
    }

    @PostConstruct
    void start() {
        rebuild(Set.of());
    }

    /**
     * Looks at the plugins folder again; bundled plugins stay as they are. Returns the new listing.
     * Plugins serve every program, so this needs global scope.
     */
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public synchronized List<PluginInfo> rescan(Actor actor) {
        scope.requireGlobal(actor);
        return rebuild(Set.of());
    }

    /**
     * After its settings changed in the console: starts that plugin again with them, bundled or
     * not.
     */
    @RolesAllowed({Role.Names.PROGRAM_ADMIN, Role.Names.PRIVACY_OFFICER})
    public synchronized List<PluginInfo> reconfigure(String pluginId) {
        return rebuild(Set.of(pluginId));
    }

    /**
     * The store of settings saved in the console (secrets readable only while the vault is open).
     */
    @RolesAllowed({Role.Names.PROGRAM_ADMIN, Role.Names.PRIVACY_OFFICER})
    public SettingsStore settingsStore() {
        return new SettingsStore(
                dataSource,
                vault.isOpen()
                        ? VaultCipher.key(vault.purposeKey(VaultKeys.PLUGIN_SETTINGS))
                        : null);
    }

    private List<PluginInfo> rebuild(Set<String> restart) {
        Snapshot before = current;
        Map<String, Map<String, String>> saved;
        try {
            saved = settingsStore().values();
        } catch (SQLException e) {
            LOG.warning(
                    () ->
                            "Plugin settings saved in the console could not be read (SQLState "
                                    + e.getSQLState()
                                    + "); using configuration only.");
            saved = Map.of();
        }
        Snapshot after = build(before, ConfigProvider.getConfig(), saved, restart, executor);
        current = after;
        for (Map.Entry<String, LoadedPlugin> old : before.loaded().entrySet()) {
            if (after.loaded().get(old.getKey()) != old.getValue()) {
                old.getValue().close();
            }
        }
        LOG.info(
                () ->
                        "Plugins: "
                                + after.listing().stream()
                                        .map(p -> p.id() + "=" + p.state())
                                        .collect(Collectors.joining(", ")));
        return after.listing();
    }

    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<PluginInfo> list() {
        Snapshot now = current;
        return now.listing().stream()
                .map(
                        p -> {
                            LoadedPlugin loaded = now.loaded().get(p.id());
                            if (loaded == null
                                    || p.state() != PluginState.ACTIVE
                                            && p.state() != PluginState.FAILING) {
                                return p;
                            }
                            boolean failing = loaded.guard().isOpen();
                            return new PluginInfo(
                                    p.id(),
                                    p.name(),
                                    p.version(),
                                    p.kind(),
                                    p.origin(),
                                    failing ? PluginState.FAILING : PluginState.ACTIVE,
                                    failing ? loaded.guard().lastFailure() : null,
                                    p.properties(),
                                    loaded.guard().health(),
                                    p.capabilities());
                        })
                .toList();
    }

    /** The active plugins of a kind, in id order. */
    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER,
        Role.Names.SYSTEM
    })
    public List<LoadedPlugin> active(PluginKind kind) {
        return current.byKind().getOrDefault(kind, List.of());
    }

    @PreDestroy
    synchronized void stop() {
        current.loaded().values().forEach(LoadedPlugin::close);
        current = new Snapshot(Map.of(), List.of());
    }

    Snapshot build(
            Snapshot before,
            Config config,
            Map<String, Map<String, String>> saved,
            Set<String> restart,
            ExecutorService threads) {
        List<PluginInfo> listing = new ArrayList<>();
        Set<String> replaceable =
                Arrays.stream(
                                config.getOptionalValue(
                                                "openiop.plugins.replace-bundled", String.class)
                                        .orElse("")
                                        .split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet());
        Path folder =
                config.getOptionalValue("openiop.plugins.dir", String.class)
                        .filter(s -> !s.isBlank())
                        .map(Path::of)
                        .orElse(null);
        ClassLoader application = PluginRegistry.class.getClassLoader();
        List<PluginJars.Found> finds =
                List.of(PluginJars.bundled(application), PluginJars.external(folder, application));

        // Bundled candidates come first and claim their ids; an external jar with the same id is
        // refused, unless the administrator allowed it to replace that bundled plugin.
        Map<String, PluginCandidate> winners = new LinkedHashMap<>();
        Map<PluginCandidate, PluginDescriptor> descriptors = new java.util.IdentityHashMap<>();
        List<PluginCandidate> all = new ArrayList<>();
        for (PluginJars.Found found : finds) {
            found.refusals()
                    .forEach(r -> listing.add(refused(r.origin(), r.origin(), null, r.reason())));
            all.addAll(found.candidates());
        }
        for (PluginCandidate c : all) {
            PluginDescriptor d;
            try {
                d = c.factory().descriptor();
            } catch (RuntimeException | LinkageError e) {
                listing.add(
                        refused(
                                c.origin(),
                                c.origin(),
                                null,
                                "Its descriptor could not be read ("
                                        + e.getClass().getSimpleName()
                                        + ")."));
                continue;
            }
            descriptors.put(c, d);
            PluginCandidate earlier = winners.get(d.id());
            if (earlier == null) {
                winners.put(d.id(), c);
            } else if (earlier.bundled() && !c.bundled() && replaceable.contains(d.id())) {
                listing.add(
                        refused(
                                d.id(),
                                earlier.origin(),
                                descriptors.get(earlier),
                                "Replaced by "
                                        + c.origin()
                                        + " (openiop.plugins.replace-bundled)."));
                winners.put(d.id(), c);
            } else {
                listing.add(
                        refused(
                                d.id(),
                                c.origin(),
                                d,
                                "Another plugin ("
                                        + earlier.origin()
                                        + ") already has the id "
                                        + d.id()
                                        + (earlier.bundled()
                                                ? "; to replace a bundled plugin, list its id in"
                                                        + " openiop.plugins.replace-bundled."
                                                : ".")));
            }
        }
        Map<String, LoadedPlugin> loaded = new LinkedHashMap<>();
        for (PluginCandidate c : winners.values()) {
            PluginDescriptor d = descriptors.get(c);
            LoadedPlugin kept = before.loaded().get(d.id());
            if (c.bundled()
                    && kept != null
                    && kept.origin().equals(PluginCandidate.BUNDLED)
                    && !restart.contains(d.id())) {
                loaded.put(
                        d.id(),
                        kept); // bundled plugins live as long as OpenIOP; a rescan leaves them be
                listing.add(active(kept));
            } else {
                listing.add(
                        admit(c, d, config, saved.getOrDefault(d.id(), Map.of()), threads, loaded));
            }
        }
        // Jars whose plugins were all refused give their class loaders back now.
        Set<Object> inUse = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        loaded.values().forEach(p -> inUse.add(p.loader()));
        all.stream()
                .map(PluginCandidate::loader)
                .filter(l -> l != null && !inUse.contains(l))
                .distinct()
                .forEach(PluginJars::closeQuietly);
        listing.sort(java.util.Comparator.comparing(PluginInfo::id));
        return new Snapshot(Map.copyOf(loaded), List.copyOf(listing));
    }

    private PluginInfo admit(
            PluginCandidate c,
            PluginDescriptor d,
            Config config,
            Map<String, String> saved,
            ExecutorService threads,
            Map<String, LoadedPlugin> loaded) {
        if (!VersionRange.parse(d.spiRange()).contains(SpiVersion.CURRENT)) {
            return refused(
                    d.id(),
                    c.origin(),
                    d,
                    "It requires plugin SPI "
                            + d.spiRange()
                            + ", but this OpenIOP offers SPI "
                            + SpiVersion.CURRENT
                            + ".");
        }
        if (!config.getOptionalValue(ConfiguredContext.key(d.id(), "enabled"), Boolean.class)
                .orElse(true)) {
            return new PluginInfo(
                    d.id(),
                    d.name(),
                    d.version(),
                    d.kind(),
                    c.origin(),
                    PluginState.DISABLED,
                    "Switched off by " + ConfiguredContext.key(d.id(), "enabled") + "=false.",
                    d.properties(),
                    "",
                    List.of());
        }
        ConfiguredContext context = new ConfiguredContext(d, config, saved, clock, http);
        List<String> missing = context.missingRequired();
        if (!missing.isEmpty()) {
            return refused(
                    d.id(),
                    c.origin(),
                    d,
                    "Required configuration is missing: " + String.join(", ", missing) + ".");
        }
        List<String> plain = context.plainHttpDestinations(loopbackHttpAllowed(config));
        if (!plain.isEmpty()) {
            // Identity and join tokens never travel unencrypted (45 CFR 164.312(e)(1), transmission
            // security).
            return refused(
                    d.id(),
                    c.origin(),
                    d,
                    "It would send to a plain http:// address ("
                            + String.join(", ", plain)
                            + "); use https. For simulators on this machine only, set "
                            + LOOPBACK_HTTP
                            + "=true.");
        }
        PluginGuard guard =
                new PluginGuard(
                        d.id(),
                        settings(d.id(), d.kind(), config),
                        isolation(c, d, config),
                        threads,
                        clock);
        String failure =
                guard.call(
                        () -> {
                            c.factory().init(context);
                            return "";
                        },
                        why -> why);
        if (!failure.isEmpty()) {
            return refused(d.id(), c.origin(), d, "It failed to start: " + failure);
        }
        List<String> capabilities =
                d.kind() == PluginKind.VIDEO
                        ? guard.call(
                                () ->
                                        VideoCapabilityWords.of(
                                                ((VideoProviderFactory) c.factory())
                                                        .create()
                                                        .capabilities()),
                                why -> List.of("capabilities unknown: " + why))
                        : List.of();
        LoadedPlugin plugin =
                new LoadedPlugin(d, c.factory(), c.origin(), c.loader(), guard, capabilities);
        loaded.put(d.id(), plugin);
        return active(plugin);
    }

    /**
     * Development only: lets eligibility and video plugins talk to simulators on loopback over
     * plain http.
     */
    public static final String LOOPBACK_HTTP = "openiop.plugins.allow-loopback-http";

    static boolean loopbackHttpAllowed(Config config) {
        return config.getOptionalValue(LOOPBACK_HTTP, Boolean.class).orElse(false);
    }

    /**
     * External jars always run on the executor: their code is not ours. Bundled licensing rules
     * (which only compute over data in memory) and bundled video plugins (which sign tokens, or
     * call the vendor with their own timeout) run on the caller's thread unless configured not to
     * ({@code openiop.plugin.<id>.isolation=thread}): a join at a busy hour should not queue behind
     * the container's few managed threads. Bundled eligibility plugins, which wait on payers, keep
     * their own thread.
     */
    static PluginGuard.Isolation isolation(PluginCandidate c, PluginDescriptor d, Config config) {
        if (!c.bundled() || d.kind() == PluginKind.ELIGIBILITY) {
            return PluginGuard.Isolation.THREAD;
        }
        String chosen =
                config.getOptionalValue(ConfiguredContext.key(d.id(), "isolation"), String.class)
                        .orElse("inline");
        return "thread".equalsIgnoreCase(chosen.strip())
                ? PluginGuard.Isolation.THREAD
                : PluginGuard.Isolation.INLINE;
    }

    /**
     * The guard's timeout: the plugin's own setting, else the global one, else 5 s, or 25 s for
     * eligibility: a payer's real-time answer can take many seconds, and the eligibility plugins
     * give up by themselves first (15 s by default) with a better message than the guard's.
     */
    static PluginGuard.Settings settings(String id, PluginKind kind, Config config) {
        long fallback = kind == PluginKind.ELIGIBILITY ? 25_000L : 5_000L;
        long timeout =
                config.getOptionalValue(ConfiguredContext.key(id, "timeout-ms"), Long.class)
                        .or(() -> config.getOptionalValue("openiop.plugins.timeout-ms", Long.class))
                        .orElse(fallback);
        PluginGuard.Settings d = PluginGuard.Settings.DEFAULT;
        // Licensing and video calls come with every join: a bulkhead of 8 would turn a busy minute
        // into
        // REVIEWs and "video unavailable". Payers get few calls at once.
        int concurrent =
                config.getOptionalValue(ConfiguredContext.key(id, "max-concurrent"), Integer.class)
                        .filter(n -> n > 0)
                        .orElse(
                                kind == PluginKind.ELIGIBILITY
                                        ? d.maxConcurrent()
                                        : JOIN_CONCURRENCY);
        return new PluginGuard.Settings(
                Duration.ofMillis(timeout), concurrent, d.failureThreshold(), d.openFor());
    }

    /**
     * How many calls at once a licensing or video plugin takes by default: as many as join requests
     * in flight.
     */
    static final int JOIN_CONCURRENCY = 256;

    private static PluginInfo active(LoadedPlugin p) {
        PluginDescriptor d = p.descriptor();
        return new PluginInfo(
                d.id(),
                d.name(),
                d.version(),
                d.kind(),
                p.origin(),
                PluginState.ACTIVE,
                null,
                d.properties(),
                p.guard().health(),
                p.capabilities());
    }

    private static PluginInfo refused(String id, String origin, PluginDescriptor d, String reason) {
        return new PluginInfo(
                id,
                d == null ? id : d.name(),
                d == null ? "" : d.version(),
                d == null ? null : d.kind(),
                origin,
                PluginState.REFUSED,
                reason,
                d == null ? List.of() : d.properties(),
                "",
                List.of());
    }
}
