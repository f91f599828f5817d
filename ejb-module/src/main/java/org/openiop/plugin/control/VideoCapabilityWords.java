package org.openiop.plugin.control;

import java.util.ArrayList;
import java.util.List;
import org.openiop.plugin.spi.VideoCapabilities;

/**
 * A video plugin's capabilities in words for the Plugins page. What the vendor cannot guarantee is
 * said as plainly as what it can: "no recording control" is a flag for the admin (anonymity
 * invariant 6).
 */
public final class VideoCapabilityWords {

    private VideoCapabilityWords() {}

    public static List<String> of(VideoCapabilities c) {
        List<String> words = new ArrayList<>();
        words.add(c.recordingControl() ? "recording control" : "no recording control");
        words.add(c.endToEndEncryption() ? "end-to-end encryption" : "no end-to-end encryption");
        words.add(c.lobby() ? "lobby" : "no lobby");
        words.add(c.audioOnly() ? "audio only" : "no audio only");
        words.add(c.dialIn() ? "dial-in" : "no dial-in");
        words.add(c.baaAvailable() ? "BAA available" : "no BAA");
        words.addAll(c.notes());
        return words;
    }
}
