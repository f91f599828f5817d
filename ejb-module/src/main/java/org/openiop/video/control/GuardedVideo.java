package org.openiop.video.control;

import java.util.concurrent.Callable;
import org.openiop.plugin.control.LoadedPlugin;
import org.openiop.plugin.spi.JoinLink;
import org.openiop.plugin.spi.JoinRequest;
import org.openiop.plugin.spi.PluginException;
import org.openiop.plugin.spi.Room;
import org.openiop.plugin.spi.RoomRequest;
import org.openiop.plugin.spi.VideoProvider;
import org.openiop.plugin.spi.VideoProviderFactory;
import org.openiop.plugin.spi.WebhookDelivery;
import org.openiop.video.boundary.VideoUnavailable;
import org.openiop.video.entity.VendorDelivery;

/**
 * Rooms and join links through a video plugin, under its guard. A plugin that throws, hangs, is
 * paused by its circuit breaker or answers nothing raises {@link VideoUnavailable}, which the
 * portal and console show as a plain "video unavailable" message; the request thread never waits
 * longer than the plugin's timeout.
 */
public final class GuardedVideo {

    private final LoadedPlugin plugin;

    public GuardedVideo(LoadedPlugin plugin) {
        this.plugin = plugin;
    }

    private <T> T call(Callable<T> work) {
        T answer =
                plugin.guard()
                        .call(
                                work,
                                why -> {
                                    throw new VideoUnavailable(why);
                                });
        if (answer == null) {
            throw new VideoUnavailable(
                    "the plugin " + plugin.descriptor().id() + " answered nothing.");
        }
        return answer;
    }

    private VideoProvider provider() {
        return ((VideoProviderFactory) plugin.factory()).create();
    }

    public Room createRoom(RoomRequest request) {
        return call(() -> provider().createRoom(request));
    }

    public JoinLink joinLink(JoinRequest request) {
        return call(() -> provider().joinLink(request));
    }

    /**
     * Verifies and reads a webhook delivery. A refusal is an answer, not a plugin failure: forged
     * deliveries must not open the circuit breaker for the real ones.
     *
     * @throws VideoUnavailable when the plugin fails, hangs or is paused
     */
    public VendorDelivery readEvents(WebhookDelivery delivery) {
        return call(
                () -> {
                    try {
                        return new VendorDelivery.Accepted(provider().readEvents(delivery));
                    } catch (PluginException e) {
                        return new VendorDelivery.Refused(e.getMessage());
                    }
                });
    }
}
