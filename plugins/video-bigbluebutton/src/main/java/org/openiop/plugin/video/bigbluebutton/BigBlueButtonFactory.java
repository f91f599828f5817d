package org.openiop.plugin.video.bigbluebutton;

import java.net.http.HttpClient;
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

/** Bundled video plugin {@code video-bigbluebutton}. */
public class BigBlueButtonFactory implements VideoProviderFactory {

    public static final String ID = "video-bigbluebutton";

    static final List<ConfigProperty> PROPERTIES =
            List.of(
                    new ConfigProperty(
                                    "server-url",
                                    "Server address",
                                    "The URL that 'bbb-conf --secret' prints, such as "
                                            + "https://bbb.example.org/bigbluebutton/.",
                                    ConfigProperty.Type.URL,
                                    true,
                                    false,
                                    null)
                            .asDestination(),
                    ConfigProperty.secret(
                            "shared-secret",
                            "Shared secret",
                            "The secret that 'bbb-conf --secret' prints."),
                    new ConfigProperty(
                            "checksum-algorithm",
                            "Checksum algorithm",
                            "SHA-256 (default), SHA-1, SHA-384 or SHA-512; "
                                    + "the server must list it in supportedChecksumAlgorithms.",
                            ConfigProperty.Type.TEXT,
                            false,
                            false,
                            "SHA-256"),
                    new ConfigProperty(
                            "webhook-checksum-algorithm",
                            "Webhook checksum algorithm",
                            "The one algorithm bbb-webhooks uses for its checksums; deliveries with"
                                + " any other are refused. Empty: the checksum algorithm above.",
                            ConfigProperty.Type.TEXT,
                            false,
                            false,
                            null),
                    new ConfigProperty(
                            "callback-url",
                            "Callback address",
                            "The address registered with bbb-webhooks (hooks/create callbackURL)"
                                    + " for attendance; it also receives the end-of-meeting call.",
                            ConfigProperty.Type.URL,
                            false,
                            false,
                            null),
                    new ConfigProperty(
                            "grace",
                            "Grace after the session",
                            "How long after the session's end a join link is still "
                                    + "handed out.",
                            ConfigProperty.Type.DURATION,
                            false,
                            false,
                            "PT15M"),
                    new ConfigProperty(
                            "timeout",
                            "API timeout",
                            "How long a call to the BigBlueButton API may take.",
                            ConfigProperty.Type.DURATION,
                            false,
                            false,
                            "PT10S"));

    // One meeting per session, whichever provider instance is asked.
    private final ConcurrentMap<String, Room> rooms = new ConcurrentHashMap<>();
    private volatile BbbSettings settings;
    private volatile HttpClient http;
    private volatile Clock clock;

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(
                ID, "BigBlueButton", "1.0.0", PluginKind.VIDEO, "[1.0,2.0)", PROPERTIES);
    }

    @Override
    public void init(PluginContext context) {
        settings = BbbSettings.read(context.config());
        http = context.http();
        clock = context.clock();
    }

    @Override
    public VideoProvider create() {
        return new BigBlueButtonVideo(settings, http, rooms, clock);
    }
}
