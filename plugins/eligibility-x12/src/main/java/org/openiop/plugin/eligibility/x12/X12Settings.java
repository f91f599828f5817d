package org.openiop.plugin.eligibility.x12;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openiop.plugin.spi.PluginConfig;
import org.openiop.plugin.spi.PluginException;

/**
 * The plugin's configuration, read and checked once in {@code init}.
 *
 * @param endpoint the clearinghouse's real-time 270 endpoint
 * @param authorization the Authorization header's value, or null
 * @param senderQualifier ISA05
 * @param senderId ISA06 and GS02
 * @param receiverQualifier ISA07
 * @param receiverId ISA08 and GS03
 * @param usage ISA15: P for production, T for test
 * @param providerName 2100B NM103
 * @param providerNpi 2100B NM109, a check-digit-valid NPI
 * @param originatorId TRN03: 1 + EIN, or 9 + nine characters of our choosing
 * @param serviceTypes the EQ01 service type codes asked when the request names none
 * @param timeout how long the clearinghouse may take
 */
record X12Settings(
        URI endpoint,
        String authorization,
        String senderQualifier,
        String senderId,
        String receiverQualifier,
        String receiverId,
        String usage,
        String providerName,
        String providerNpi,
        String originatorId,
        List<String> serviceTypes,
        Duration timeout) {

    /**
     * Service types an IOP asks about (element 1365): 30 plan coverage, MH mental health, AI/AJ/AK
     * substance abuse, alcoholism, drug addiction, A4/A6/A8 psychiatric, psychotherapy, psychiatric
     * outpatient, CF/CH mental health provider/facility outpatient, CJ substance abuse facility
     * outpatient, BB/BC partial hospitalisation and day care (psychiatric), BD cognitive therapy.
     */
    static final Set<String> SERVICE_TYPES =
            Set.of(
                    "30", "MH", "AI", "AJ", "AK", "A4", "A6", "A8", "CF", "CH", "CJ", "BB", "BC",
                    "BD");

    static X12Settings read(PluginConfig config) {
        URI endpoint;
        try {
            endpoint = URI.create(config.require("endpoint").trim());
        } catch (IllegalArgumentException e) {
            throw new PluginException("The clearinghouse endpoint is not a URL.");
        }
        boolean local =
                "localhost".equals(endpoint.getHost()) || "127.0.0.1".equals(endpoint.getHost());
        if (!"https".equals(endpoint.getScheme())
                && !("http".equals(endpoint.getScheme()) && local)) {
            throw new PluginException(
                    "The clearinghouse endpoint must be https (plain http only for a simulator on"
                            + " this machine).");
        }
        String usage = config.get("usage").orElse("P").trim().toUpperCase(Locale.ROOT);
        if (!usage.equals("P") && !usage.equals("T")) {
            throw new PluginException("Usage must be P (production) or T (test).");
        }
        String npi = config.require("provider-npi").trim();
        if (!Npi.valid(npi)) {
            throw new PluginException(
                    "The provider NPI "
                            + npi
                            + " is not a valid NPI (10 digits with a correct check digit).");
        }
        String originator = config.get("originator-id").orElse("9OPENIOP01").trim();
        if (!originator.matches("[19][A-Za-z0-9]{9}")) {
            throw new PluginException(
                    "The originator id (TRN03) is 10 characters: 1 and your EIN, or 9 and nine"
                            + " letters or digits.");
        }
        return new X12Settings(
                endpoint,
                config.get("authorization").filter(s -> !s.isBlank()).orElse(null),
                qualifier(config.get("sender-qualifier").orElse("ZZ")),
                id(config.require("sender-id"), "sender id"),
                qualifier(config.get("receiver-qualifier").orElse("ZZ")),
                id(config.require("receiver-id"), "receiver id"),
                usage,
                Segments.clean(config.require("provider-name")),
                npi,
                originator,
                serviceTypes(config.get("service-types").orElse("30,MH")),
                config.duration("timeout", Duration.ofSeconds(15)));
    }

    static List<String> serviceTypes(String text) {
        List<String> codes = new ArrayList<>();
        for (String c : text.split("[,\\s]+")) {
            String code = c.trim().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (!SERVICE_TYPES.contains(code)) {
                throw new PluginException(
                        "Service type "
                                + code
                                + " is not one an IOP asks about; use some of "
                                + sorted()
                                + ".");
            }
            codes.add(code);
        }
        if (codes.isEmpty()) {
            throw new PluginException("Name at least one service type, such as 30,MH.");
        }
        return List.copyOf(codes);
    }

    private static String sorted() {
        return String.join(", ", new java.util.TreeSet<>(SERVICE_TYPES));
    }

    private static String qualifier(String q) {
        String v = q.trim().toUpperCase(Locale.ROOT);
        if (!v.matches("[0-9A-Z]{2}")) {
            throw new PluginException(
                    "An interchange id qualifier is two characters, such as ZZ or 30.");
        }
        return v;
    }

    private static String id(String id, String what) {
        String v = id.trim().toUpperCase(Locale.ROOT);
        if (v.isEmpty() || v.length() > 15 || !v.matches("[0-9A-Z .\\-]+")) {
            throw new PluginException(
                    "The " + what + " is 1 to 15 letters, digits, spaces, dots or hyphens.");
        }
        return v;
    }
}
