package org.openiop.video.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openiop.plugin.control.LoadedPlugin;
import org.openiop.plugin.control.PluginGuard;
import org.openiop.plugin.spi.AttendanceEvent;
import org.openiop.plugin.spi.JoinLink;
import org.openiop.plugin.spi.JoinRequest;
import org.openiop.plugin.spi.PluginContext;
import org.openiop.plugin.spi.PluginDescriptor;
import org.openiop.plugin.spi.PluginKind;
import org.openiop.plugin.spi.Room;
import org.openiop.plugin.spi.RoomRequest;
import org.openiop.plugin.spi.VideoCapabilities;
import org.openiop.plugin.spi.VideoProvider;
import org.openiop.plugin.spi.VideoProviderFactory;
import org.openiop.plugin.spi.WebhookDelivery;
import org.openiop.video.boundary.VideoUnavailable;
import org.openiop.video.entity.VendorDelivery;

class GuardedVideoTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch never = new CountDownLatch(1);
    private static final Instant START = Instant.parse("2030-01-07T18:00:00Z");
    private static final RoomRequest ROOM =
            new RoomRequest("s-1", START, START.plusSeconds(3 * 3600), 12, true, false);

    @AfterEach
    void stop() {
        never.countDown();
        threads.shutdownNow();
    }

    /** A vendor whose rooms behave as given; join links always work. */
    private GuardedVideo video(Supplier<Room> rooms) {
        VideoProviderFactory factory =
                new VideoProviderFactory() {
                    @Override
                    public PluginDescriptor descriptor() {
                        return new PluginDescriptor(
                                "video-test",
                                "Test",
                                "1.0.0",
                                PluginKind.VIDEO,
                                "[1.0,2.0)",
                                List.of());
                    }

                    @Override
                    public void init(PluginContext context) {}

                    @Override
                    public VideoProvider create() {
                        return new VideoProvider() {
                            public VideoCapabilities capabilities() {
                                return new VideoCapabilities(
                                        false, true, true, true, false, true, List.of());
                            }

                            public Room createRoom(RoomRequest request) {
                                return rooms.get();
                            }

                            public JoinLink joinLink(JoinRequest request) {
                                return new JoinLink(
                                        URI.create("https://meet.example.org/r"),
                                        request.validUntil());
                            }

                            public List<AttendanceEvent> readEvents(WebhookDelivery delivery) {
                                if (delivery.query().equals("forged")) {
                                    throw new org.openiop.plugin.spi.PluginException(
                                            "The signature does not match.");
                                }
                                return List.of(
                                        new AttendanceEvent(
                                                "r-1",
                                                "p-1",
                                                AttendanceEvent.Type.JOINED,
                                                START,
                                                null));
                            }
                        };
                    }
                };
        PluginGuard guard =
                new PluginGuard(
                        "video-test",
                        new PluginGuard.Settings(
                                Duration.ofMillis(200), 8, 3, Duration.ofMinutes(1)),
                        threads,
                        Clock.systemUTC());
        return new GuardedVideo(
                new LoadedPlugin(factory.descriptor(), factory, "test", null, guard));
    }

    @Test
    void aHangingVendorIsVideoUnavailableWithinTheTimeout() {
        GuardedVideo video =
                video(
                        () -> {
                            try {
                                never.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return new Room("late", "s-1", Map.of());
                        });
        long start = System.nanoTime();
        VideoUnavailable e = assertThrows(VideoUnavailable.class, () -> video.createRoom(ROOM));
        assertTrue(
                (System.nanoTime() - start) / 1_000_000 < 2000,
                "the caller waited past the timeout");
        assertEquals(VideoUnavailable.FOR_PARTICIPANTS, e.getMessage());
        assertTrue(e.reason().contains("did not answer within 200 ms"), e.reason());
    }

    @Test
    void aThrowingOrSilentVendorIsVideoUnavailableAndAWorkingOneAnswers() {
        assertThrows(
                VideoUnavailable.class,
                () ->
                        video(
                                        () -> {
                                            throw new IllegalStateException("vendor down");
                                        })
                                .createRoom(ROOM));
        assertTrue(
                assertThrows(VideoUnavailable.class, () -> video(() -> null).createRoom(ROOM))
                        .reason()
                        .contains("answered nothing"));
        GuardedVideo working = video(() -> new Room("r-1", "s-1", Map.of("recording", "off")));
        Room room = working.createRoom(ROOM);
        assertEquals("r-1", room.roomId());
        JoinLink link =
                working.joinLink(
                        new JoinRequest(
                                room,
                                "p-1",
                                "Quiet Harbor",
                                JoinRequest.Role.PARTICIPANT,
                                true,
                                false,
                                START.minusSeconds(900),
                                START.plusSeconds(3 * 3600)));
        assertEquals("https://meet.example.org/r", link.url().toString());
    }

    @Test
    void forgedWebhooksAreRefusedWithoutOpeningTheCircuitForGenuineOnes() {
        GuardedVideo video = video(() -> new Room("r-1", "s-1", Map.of()));
        WebhookDelivery forged =
                new WebhookDelivery(Map.of(), "forged", "{\"name\": \"Real Name\"}".getBytes());
        for (int i = 0; i < 10; i++) {
            VendorDelivery d = video.readEvents(forged);
            assertTrue(
                    d instanceof VendorDelivery.Refused r
                            && r.reason().equals("The signature does not match."),
                    d.toString());
        }
        // The breaker opens after 3 failures; ten refusals later a genuine delivery still gets
        // through.
        VendorDelivery genuine = video.readEvents(new WebhookDelivery(Map.of(), "", new byte[0]));
        assertEquals(1, ((VendorDelivery.Accepted) genuine).events().size());
    }
}
