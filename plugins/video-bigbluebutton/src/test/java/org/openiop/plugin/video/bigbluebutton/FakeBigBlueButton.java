package org.openiop.plugin.video.bigbluebutton;

import java.io.IOException;
import java.util.Map;
import org.openiop.simulator.bigbluebutton.BigBlueButtonSimulator;

/**
 * The BigBlueButton simulator on a free port with the tests' secret, and the plugin settings that
 * point at it.
 */
final class FakeBigBlueButton extends BigBlueButtonSimulator {

    static final String SECRET = "8cd8ef52e8e101574e400365b55e11a6";

    FakeBigBlueButton() throws IOException {
        super(0, SECRET);
    }

    Map<String, String> config() {
        return Map.of(
                "server-url",
                url(),
                "shared-secret",
                SECRET,
                "callback-url",
                "https://openiop.example.org/api/video/events");
    }
}
