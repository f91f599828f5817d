package org.openiop.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.openiop.plugin.spi.AttendanceEvent;
import org.openiop.plugin.spi.EligibilityChecker;
import org.openiop.plugin.spi.EligibilityCheckerFactory;
import org.openiop.plugin.spi.EligibilityRequest;
import org.openiop.plugin.spi.EligibilityResponse;
import org.openiop.plugin.spi.EligibilityStatus;
import org.openiop.plugin.spi.JoinLink;
import org.openiop.plugin.spi.JoinRequest;
import org.openiop.plugin.spi.PluginContext;
import org.openiop.plugin.spi.PluginDescriptor;
import org.openiop.plugin.spi.PluginException;
import org.openiop.plugin.spi.PluginKind;
import org.openiop.plugin.spi.Room;
import org.openiop.plugin.spi.RoomRequest;
import org.openiop.plugin.spi.VideoCapabilities;
import org.openiop.plugin.spi.VideoProvider;
import org.openiop.plugin.spi.VideoProviderFactory;
import org.openiop.plugin.spi.WebhookDelivery;

/**
 * The video and eligibility contracts catch what they promise to: a well-behaved plugin of each
 * kind passes every check, and each deliberately broken one fails the check made for its flaw.
 */
class VideoAndEligibilityContractsTest {

    /** An in-memory video vendor; {@code flaw} selects what it gets wrong. */
    static final class Video implements VideoProviderFactory {
        final String flaw;
        final Map<String, Room> rooms = new ConcurrentHashMap<>();
        final SecureRandom random = new SecureRandom();

        Video(String flaw) {
            this.flaw = flaw;
        }

        @Override
        public PluginDescriptor descriptor() {
            return new PluginDescriptor(
                    "video-memory",
                    "In-memory video",
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
                @Override
                public VideoCapabilities capabilities() {
                    return new VideoCapabilities(false, true, true, true, false, true, List.of());
                }

                @Override
                public Room createRoom(RoomRequest r) {
                    return rooms.computeIfAbsent(
                            r.sessionRef(),
                            ref ->
                                    new Room(
                                            flaw.equals("named-room")
                                                    ? "room-" + ref
                                                    : HexFormat.of()
                                                            .formatHex(random.generateSeed(12)),
                                            ref,
                                            Map.of(
                                                    "recording",
                                                    flaw.equals("records") || r.recording()
                                                            ? "on"
                                                            : "off")));
                }

                @Override
                public JoinLink joinLink(JoinRequest j) {
                    // The flawed one identifies people by their pseudonym's hash, the same in every
                    // session.
                    String id =
                            flaw.equals("stable-id")
                                    ? Integer.toHexString(j.displayName().hashCode())
                                    : j.participantRef();
                    return new JoinLink(
                            URI.create(
                                    "https://meet.example.org/"
                                            + j.room().roomId()
                                            + "?id="
                                            + id
                                            + "&name="
                                            + j.displayName().replace(" ", "%20")),
                            j.validUntil());
                }

                @Override
                public List<AttendanceEvent> readEvents(WebhookDelivery delivery) {
                    if (!flaw.equals("trusts-anyone") && delivery.header("x-signature").isEmpty()) {
                        throw new PluginException("The delivery is not signed.");
                    }
                    return List.of();
                }
            };
        }
    }

    abstract static class VideoContract extends VideoProviderContract {
        abstract String flaw();

        @Override
        protected VideoProviderFactory newFactory() {
            return new Video(flaw());
        }
    }

    static class GoodVideo extends VideoContract {
        String flaw() {
            return "none";
        }
    }

    static class NamedRoom extends VideoContract {
        String flaw() {
            return "named-room";
        }
    }

    static class StableId extends VideoContract {
        String flaw() {
            return "stable-id";
        }
    }

    static class Records extends VideoContract {
        String flaw() {
            return "records";
        }
    }

    static class TrustsAnyone extends VideoContract {
        String flaw() {
            return "trusts-anyone";
        }
    }

    /**
     * A payer connection that reads its simulated behaviour from configuration; {@code flaw}
     * selects its mistake.
     */
    static final class Eligibility implements EligibilityCheckerFactory {
        final String flaw;
        String payer;

        Eligibility(String flaw) {
            this.flaw = flaw;
        }

        @Override
        public PluginDescriptor descriptor() {
            return new PluginDescriptor(
                    "eligibility-memory",
                    "In-memory payer",
                    "1.0.0",
                    PluginKind.ELIGIBILITY,
                    "[1.0,2.0)",
                    List.of());
        }

        @Override
        public void init(PluginContext context) {
            payer = context.config().get("payer").orElse("answers");
        }

        @Override
        public EligibilityChecker create() {
            return request -> {
                switch (payer) {
                    case "times-out":
                        return flaw.equals("optimist")
                                ? new EligibilityResponse(
                                        EligibilityStatus.ACTIVE, List.of(), List.of(), "ok")
                                : new EligibilityResponse(
                                        EligibilityStatus.UNKNOWN,
                                        List.of(),
                                        List.of(),
                                        "The payer did not answer in time; check again later.");
                    case "fails":
                        String message =
                                flaw.equals("chatty")
                                        ? "Payer refused member " + request.member().memberId()
                                        : "The payer answered with an error.";
                        return new EligibilityResponse(
                                EligibilityStatus.ERROR, List.of(), List.of(), message);
                    default:
                        return new EligibilityResponse(
                                EligibilityStatus.ACTIVE, List.of(), List.of(), "Coverage active.");
                }
            };
        }
    }

    abstract static class EligibilityContract extends EligibilityCheckerContract {
        abstract String flaw();

        @Override
        protected EligibilityCheckerFactory newFactory() {
            return new Eligibility(flaw());
        }

        @Override
        protected EligibilityRequest request() {
            return new EligibilityRequest(
                    "payer-1",
                    "Example Health Plan",
                    new EligibilityRequest.Member(
                            "QXZ778812", "Ottoline", "Vondracekqq", LocalDate.of(1958, 11, 7)),
                    List.of("30", "MH"),
                    LocalDate.of(2030, 3, 4),
                    "trace-1");
        }

        @Override
        protected Map<String, String> payerTimesOut() {
            return Map.of("payer", "times-out");
        }

        @Override
        protected Map<String, String> payerFails() {
            return Map.of("payer", "fails");
        }
    }

    static class GoodEligibility extends EligibilityContract {
        String flaw() {
            return "none";
        }
    }

    static class Optimist extends EligibilityContract {
        String flaw() {
            return "optimist";
        }
    }

    static class Chatty extends EligibilityContract {
        String flaw() {
            return "chatty";
        }
    }

    @Test
    void aWellBehavedVideoPluginPassesAndEachFlawFailsItsCheck() {
        assertEquals(Set.of(), ContractRuns.failures(GoodVideo.class, 7));
        assertEquals(
                Set.of(
                        "roomsAreCreatedOncePerSessionAndNotDerivedFromItsReference",
                        "joinLinksCarryOnlyThePseudonymAndTheSessionScopedId"),
                ContractRuns.failures(NamedRoom.class, 7));
        assertEquals(
                Set.of("participantIdsDifferBetweenSessions"),
                ContractRuns.failures(StableId.class, 7));
        assertEquals(Set.of("recordingIsOffUnlessAsked"), ContractRuns.failures(Records.class, 7));
        assertEquals(
                Set.of("webhooksThatAreNotAuthenticAreRefused"),
                ContractRuns.failures(TrustsAnyone.class, 7));
    }

    @Test
    void aWellBehavedCheckerPassesAndEachFlawFailsItsCheck() {
        assertEquals(Set.of(), ContractRuns.failures(GoodEligibility.class, 5));
        assertEquals(
                Set.of("aPayerThatDoesNotAnswerInTimeIsUnknownOrErrorNeverActive"),
                ContractRuns.failures(Optimist.class, 5));
        assertEquals(
                Set.of("answersDoNotRepeatTheMembersIdentity"),
                ContractRuns.failures(Chatty.class, 5));
    }
}
