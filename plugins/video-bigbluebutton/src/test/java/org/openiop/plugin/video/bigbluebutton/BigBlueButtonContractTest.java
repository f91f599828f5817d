package org.openiop.plugin.video.bigbluebutton;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openiop.plugin.spi.VideoProviderFactory;
import org.openiop.plugin.testkit.VideoProviderContract;

class BigBlueButtonContractTest extends VideoProviderContract {

    static FakeBigBlueButton bbb;

    @BeforeAll
    static void start() throws IOException {
        bbb = new FakeBigBlueButton();
    }

    @AfterAll
    static void stop() {
        bbb.close();
    }

    @Override
    protected VideoProviderFactory newFactory() {
        return new BigBlueButtonFactory();
    }

    @Override
    protected Map<String, String> configuration() {
        return bbb.config();
    }
}
