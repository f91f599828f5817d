package org.openiop.plugin.video.jitsi;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.openiop.plugin.spi.ConfigProperty;
import org.openiop.plugin.spi.PluginContext;
import org.openiop.plugin.spi.PluginDescriptor;
import org.openiop.plugin.spi.PluginKind;
import org.openiop.plugin.spi.Room;
import org.openiop.plugin.spi.VideoProvider;
import org.openiop.plugin.spi.VideoProviderFactory;

/** Bundled video plugin {@code video-jitsi}. */
public class JitsiVideoFactory implements VideoProviderFactory {

    public static final String ID = "video-jitsi";

    static final List<ConfigProperty> PROPERTIES =
            List.of(
                    new ConfigProperty(
                            "mode",
                            "Mode",
                            "self-hosted for your own Jitsi Meet with token authentication; jaas"
                                    + " for 8x8 Jitsi as a Service.",
                            ConfigProperty.Type.TEXT,
                            false,
                            false,
                            "self-hosted"),
                    new ConfigProperty(
                                    "server-url",
                                    "Server address",
                                    "Your Jitsi Meet's address, such as https://meet.example.org. "
                                            + "For JaaS leave it empty (https://8x8.vc).",
                                    ConfigProperty.Type.URL,
                                    false,
                                    false,
                                    null)
                            .asDestination(),
                    ConfigProperty.text(
                            "app-id",
                            "App id",
                            "Self-hosted: prosody's app_id. JaaS: your AppID "
                                    + "(vpaas-magic-cookie-…).",
                            true),
                    new ConfigProperty(
                            "app-secret",
                            "App secret",
                            "Self-hosted: prosody's app_secret, at least 32 characters "
                                    + "(openssl rand -hex 32).",
                            ConfigProperty.Type.TEXT,
                            false,
                            true,
                            null),
                    new ConfigProperty(
                            "audience",
                            "Audience",
                            "Self-hosted: the token's aud; prosody accepts any by default.",
                            ConfigProperty.Type.TEXT,
                            false,
                            false,
                            "jitsi"),
                    new ConfigProperty(
                            "subject",
                            "Subject",
                            "Self-hosted: the token's sub, your domain or tenant; empty means the "
                                    + "server address's host.",
                            ConfigProperty.Type.TEXT,
                            false,
                            false,
                            null),
                    new ConfigProperty(
                            "key-id",
                            "API key id",
                            "JaaS: the API key's id from the JaaS console "
                                    + "(vpaas-magic-cookie-…/…).",
                            ConfigProperty.Type.TEXT,
                            false,
                            false,
                            null),
                    new ConfigProperty(
                            "private-key",
                            "API private key",
                            "JaaS: the API key's PKCS#8 private key, as PEM text or the "
                                    + "path of the PEM file on the server.",
                            ConfigProperty.Type.FILE,
                            false,
                            true,
                            null),
                    new ConfigProperty(
                            "grace",
                            "Grace after the session",
                            "How long after the session's end a join link still " + "works.",
                            ConfigProperty.Type.DURATION,
                            false,
                            false,
                            "PT15M"),
                    new ConfigProperty(
                            "webhook-secret",
                            "Webhook secret",
                            "JaaS: the webhook endpoint's secret (Webhooks, Reveal "
                                    + "secret); attendance from JaaS needs it.",
                            ConfigProperty.Type.TEXT,
                            false,
                            true,
                            null));

    // One room per session, whichever provider instance is asked.
    private final ConcurrentMap<String, Room> rooms = new ConcurrentHashMap<>();
    private volatile JitsiSettings settings;
    private volatile Clock clock;

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(
                ID, "Jitsi Meet and 8x8 JaaS", "1.0.0", PluginKind.VIDEO, "[1.0,2.0)", PROPERTIES);
    }

    @Override
    public void init(PluginContext context) {
        settings = JitsiSettings.read(context.config());
        clock = context.clock();
    }

    @Override
    public VideoProvider create() {
        return new JitsiVideo(settings, rooms, clock);
    }
}
