package org.openiop.plugin.eligibility.fhir;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openiop.plugin.spi.PluginConfig;
import org.openiop.plugin.spi.PluginException;

/**
 * The plugin's configuration, read and checked once in {@code init}.
 *
 * @param base the payer's FHIR base address, without a trailing slash
 * @param authorization the Authorization header's value, or null
 * @param providerName the program's organisation name
 * @param providerNpi the program's NPI
 * @param serviceTypes X12 service type codes sent as item categories when the request names none
 * @param timeout how long the payer may take
 */
record FhirSettings(
        String base,
        String authorization,
        String providerName,
        String providerNpi,
        List<String> serviceTypes,
        Duration timeout) {

    static FhirSettings read(PluginConfig config) {
        String base = config.require("endpoint").trim().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new PluginException("The payer's FHIR address is not a URL.");
        }
        boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
        if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && local)) {
            throw new PluginException(
                    "The payer's FHIR address must be https (plain http only for a simulator on"
                            + " this machine).");
        }
        String npi = config.require("provider-npi").trim();
        if (!npi.matches("\\d{10}")) {
            throw new PluginException("The provider NPI is 10 digits.");
        }
        List<String> types = new ArrayList<>();
        for (String t : config.get("service-types").orElse("30,MH").split("[,\\s]+")) {
            if (!t.isBlank()) {
                String code = t.trim().toUpperCase(Locale.ROOT);
                if (!code.matches("[0-9A-Z]{1,2}")) {
                    throw new PluginException(
                            "Service type "
                                    + t
                                    + " is not an X12 service type code such as 30 or MH.");
                }
                types.add(code);
            }
        }
        if (types.isEmpty()) {
            throw new PluginException("Name at least one service type, such as 30,MH.");
        }
        Duration timeout = config.duration("timeout", Duration.ofSeconds(15));
        return new FhirSettings(
                base,
                config.get("authorization").filter(s -> !s.isBlank()).orElse(null),
                config.require("provider-name").trim(),
                npi,
                List.copyOf(types),
                timeout);
    }
}
