package org.openiop.plugin.eligibility.x12;

import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.openiop.plugin.spi.ConfigProperty;
import org.openiop.plugin.spi.EligibilityChecker;
import org.openiop.plugin.spi.EligibilityCheckerFactory;
import org.openiop.plugin.spi.PluginContext;
import org.openiop.plugin.spi.PluginDescriptor;
import org.openiop.plugin.spi.PluginKind;

/** Bundled eligibility plugin {@code eligibility-x12}. */
public class X12EligibilityFactory implements EligibilityCheckerFactory {

    public static final String ID = "eligibility-x12";

    static final List<ConfigProperty> PROPERTIES =
            List.of(
                    new ConfigProperty(
                                    "endpoint",
                                    "Clearinghouse endpoint",
                                    "The clearinghouse's real-time 270/271 address (https).",
                                    ConfigProperty.Type.URL,
                                    true,
                                    false,
                                    null)
                            .asDestination(),
                    new ConfigProperty(
                                    "authorization",
                                    "Authorization header",
                                    "What the clearinghouse expects in the Authorization "
                                            + "header, such as 'Basic …' or 'Bearer …'.",
                                    ConfigProperty.Type.TEXT,
                                    false,
                                    true,
                                    null)
                            .asDestination(),
                    ConfigProperty.text(
                            "sender-id",
                            "Sender id (ISA06)",
                            "Your submitter id at the clearinghouse.",
                            true),
                    ConfigProperty.text(
                            "receiver-id",
                            "Receiver id (ISA08)",
                            "The clearinghouse's receiver id.",
                            true),
                    new ConfigProperty(
                            "sender-qualifier",
                            "Sender id qualifier (ISA05)",
                            "Usually ZZ (mutually defined).",
                            ConfigProperty.Type.TEXT,
                            false,
                            false,
                            "ZZ"),
                    new ConfigProperty(
                            "receiver-qualifier",
                            "Receiver id qualifier (ISA07)",
                            "Usually ZZ.",
                            ConfigProperty.Type.TEXT,
                            false,
                            false,
                            "ZZ"),
                    ConfigProperty.text(
                            "provider-name",
                            "Provider name",
                            "The program's organisation name as the payer knows it.",
                            true),
                    ConfigProperty.text(
                            "provider-npi", "Provider NPI", "The program's 10-digit NPI.", true),
                    new ConfigProperty(
                            "originator-id",
                            "Trace originator (TRN03)",
                            "1 and your EIN, or 9 and nine characters.",
                            ConfigProperty.Type.TEXT,
                            false,
                            false,
                            "9OPENIOP01"),
                    new ConfigProperty(
                            "service-types",
                            "Service types",
                            "X12 service type codes to ask about, such as 30,MH or "
                                    + "30,MH,AI,CF.",
                            ConfigProperty.Type.TEXT,
                            false,
                            false,
                            "30,MH"),
                    new ConfigProperty(
                            "usage",
                            "Usage (ISA15)",
                            "P for production, T for test.",
                            ConfigProperty.Type.TEXT,
                            false,
                            false,
                            "P"),
                    new ConfigProperty(
                            "timeout",
                            "Timeout",
                            "How long the clearinghouse may take to answer.",
                            ConfigProperty.Type.DURATION,
                            false,
                            false,
                            "PT15S"));

    private final AtomicInteger controlNumbers =
            new AtomicInteger(new SecureRandom().nextInt(900_000_000));
    private volatile X12Settings settings;
    private volatile HttpClient http;
    private volatile Clock clock;

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(
                ID,
                "Insurance eligibility (X12 270/271)",
                "1.0.0",
                PluginKind.ELIGIBILITY,
                "[1.1,2.0)",
                PROPERTIES);
    }

    @Override
    public void init(PluginContext context) {
        settings = X12Settings.read(context.config());
        http = context.http();
        clock = context.clock();
    }

    @Override
    public EligibilityChecker create() {
        return new X12EligibilityChecker(settings, http, clock, controlNumbers);
    }
}
