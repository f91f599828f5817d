package org.openiop.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.openiop.platform.entity.UsJurisdictions;
import org.openiop.plugin.spi.CredentialType;
import org.openiop.plugin.spi.Modality;
import org.openiop.plugin.spi.Profession;

/**
 * The fixed lists that forms choose from, once for every page: {@code #{choices.jurisdictions}} and
 * so on.
 */
@Named("choices")
@ApplicationScoped
public class Choices {

    /** Time zones US programs run in, mainland first; any IANA id works through the API. */
    public static final List<String> ZONES =
            List.of(
                    "America/New_York",
                    "America/Chicago",
                    "America/Denver",
                    "America/Phoenix",
                    "America/Los_Angeles",
                    "America/Anchorage",
                    "Pacific/Honolulu",
                    "America/Puerto_Rico",
                    "Pacific/Guam",
                    "America/St_Thomas",
                    "Pacific/Pago_Pago");

    private final List<Map.Entry<String, String>> jurisdictions =
            List.copyOf(UsJurisdictions.all().entrySet());

    /** US states and territories as code → name. */
    public List<Map.Entry<String, String>> getJurisdictions() {
        return jurisdictions;
    }

    public List<String> getZones() {
        return ZONES;
    }

    public Profession[] getProfessions() {
        return Profession.values();
    }

    public CredentialType[] getCredentialTypes() {
        return CredentialType.values();
    }

    public Modality[] getModalities() {
        return Modality.values();
    }
}
