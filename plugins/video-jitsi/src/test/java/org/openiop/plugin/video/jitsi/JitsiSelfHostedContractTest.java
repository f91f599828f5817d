package org.openiop.plugin.video.jitsi;

import java.util.Map;
import org.openiop.plugin.spi.VideoProviderFactory;
import org.openiop.plugin.testkit.VideoProviderContract;

class JitsiSelfHostedContractTest extends VideoProviderContract {

    @Override
    protected VideoProviderFactory newFactory() {
        return new JitsiVideoFactory();
    }

    @Override
    protected Map<String, String> configuration() {
        return Configs.selfHosted();
    }
}
