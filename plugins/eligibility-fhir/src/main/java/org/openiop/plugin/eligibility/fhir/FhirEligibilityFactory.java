package org.openiop.plugin.eligibility.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import org.openiop.plugin.spi.ConfigProperty;
import org.openiop.plugin.spi.EligibilityChecker;
import org.openiop.plugin.spi.EligibilityCheckerFactory;
import org.openiop.plugin.spi.PluginContext;
import org.openiop.plugin.spi.PluginDescriptor;
import org.openiop.plugin.spi.PluginKind;

/** Bundled eligibility plugin {@code eligibility-fhir}. */
public class FhirEligibilityFactory implements EligibilityCheckerFactory {

    public static final String ID = "eligibility-fhir";

    static final List<ConfigProperty> PROPERTIES =
            List.of(
                    new ConfigProperty(
                                    "endpoint",
                                    "Payer FHIR address",
                                    "The payer's FHIR R4 base address (https); checks are posted "
                                            + "to CoverageEligibilityRequest/$submit under it.",
                                    ConfigProperty.Type.URL,
                                    true,
                                    false,
                                    null)
                            .asDestination(),
                    new ConfigProperty(
                                    "authorization",
                                    "Authorization header",
                                    "What the payer expects in the Authorization header, "
                                            + "such as 'Bearer …'.",
                                    ConfigProperty.Type.TEXT,
                                    false,
                                    true,
                                    null)
                            .asDestination(),
                    ConfigProperty.text(
                            "provider-name",
                            "Provider name",
                            "The program's organisation name.",
                            true),
                    ConfigProperty.text(
                            "provider-npi", "Provider NPI", "The program's 10-digit NPI.", true),
                    new ConfigProperty(
                            "service-types",
                            "Service types",
                            "X12 service type codes sent as item categories, such as " + "30,MH.",
                            ConfigProperty.Type.TEXT,
                            false,
                            false,
                            "30,MH"),
                    new ConfigProperty(
                            "timeout",
                            "Timeout",
                            "How long the payer may take to answer.",
                            ConfigProperty.Type.DURATION,
                            false,
                            false,
                            "PT15S"));

    /** Building a FhirContext scans the whole R4 model; it is built once per JVM and shared. */
    private static final class Context {
        static final FhirContext R4 = FhirContext.forR4();
    }

    private volatile FhirSettings settings;
    private volatile HttpClient http;
    private volatile Clock clock;

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(
                ID,
                "Insurance eligibility (FHIR R4)",
                "1.0.0",
                PluginKind.ELIGIBILITY,
                "[1.1,2.0)",
                PROPERTIES);
    }

    @Override
    public void init(PluginContext context) {
        settings = FhirSettings.read(context.config());
        http = context.http();
        clock = context.clock();
    }

    @Override
    public EligibilityChecker create() {
        return new FhirEligibilityChecker(settings, Context.R4, http, clock);
    }

    static FhirContext fhir() {
        return Context.R4;
    }
}
