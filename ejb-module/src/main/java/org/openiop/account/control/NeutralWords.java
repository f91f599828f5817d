package org.openiop.account.control;

import java.security.SecureRandom;
import java.util.List;

/**
 * Plain nature words for generated usernames and pseudonym suggestions: nothing clinical, nothing
 * about a person, nothing a peer could read a diagnosis into.
 */
public final class NeutralWords {

    public static final List<String> ADJECTIVES =
            List.of(
                    "amber", "autumn", "bright", "calm", "cedar", "clear", "coral", "crisp", "dawn",
                    "distant", "early", "even", "fair", "gentle", "golden", "green", "hazel",
                    "high", "hidden", "ivory", "jade", "kind", "late", "light", "lively", "mellow",
                    "misty", "morning", "north", "open", "pale", "patient", "plain", "quiet",
                    "rapid", "river", "rosy", "rustic", "sandy", "silver", "soft", "solid", "south",
                    "spring", "steady", "still", "summer", "sunny", "tall", "tidal", "true",
                    "velvet", "warm", "west", "wild", "winter", "wise", "young");
    public static final List<String> NOUNS =
            List.of(
                    "aspen", "badger", "birch", "brook", "canyon", "cloud", "comet", "cove",
                    "crane", "creek", "dune", "eagle", "falcon", "fern", "finch", "fjord", "forest",
                    "fox", "garden", "glade", "harbor", "hawk", "heron", "hill", "island", "lake",
                    "lantern", "laurel", "maple", "meadow", "moon", "moss", "oak", "orchard",
                    "otter", "owl", "pebble", "pine", "prairie", "rain", "raven", "reed", "ridge",
                    "robin", "sparrow", "spruce", "star", "stone", "swan", "thistle", "thrush",
                    "trail", "valley", "willow", "wren");

    private static final SecureRandom RANDOM = new SecureRandom();

    private NeutralWords() {}

    public static String adjective() {
        return ADJECTIVES.get(RANDOM.nextInt(ADJECTIVES.size()));
    }

    public static String noun() {
        return NOUNS.get(RANDOM.nextInt(NOUNS.size()));
    }

    static int digits(int bound) {
        return RANDOM.nextInt(bound);
    }
}
