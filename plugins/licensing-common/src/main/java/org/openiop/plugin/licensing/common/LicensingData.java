package org.openiop.plugin.licensing.common;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.openiop.plugin.spi.ConfigProperty;
import org.openiop.plugin.spi.PluginContext;
import org.openiop.plugin.spi.PluginException;

/**
 * The two settings every licensing plugin shares: where newer data files live, and how old data may
 * get before each decision warns about it.
 */
public final class LicensingData {

    public static final String DATA_DIR = "data-dir";
    public static final String MAX_AGE_DAYS = "max-data-age-days";
    public static final long DEFAULT_MAX_AGE_DAYS = 180;

    /** The configuration properties to list in a licensing plugin's descriptor. */
    public static final List<ConfigProperty> PROPERTIES =
            List.of(
                    new ConfigProperty(
                            DATA_DIR,
                            "Folder of newer data files",
                            "Optional. A file here with the same name as a bundled one, and a later"
                                    + " as-of date, replaces it.",
                            ConfigProperty.Type.FILE,
                            false,
                            false,
                            null),
                    new ConfigProperty(
                            MAX_AGE_DAYS,
                            "Warn when data is older than (days)",
                            "Every decision based on data older than this carries a warning to"
                                    + " check the source.",
                            ConfigProperty.Type.INTEGER,
                            false,
                            false,
                            String.valueOf(DEFAULT_MAX_AGE_DAYS)));

    private final PluginContext context;
    private final long maxAgeDays;

    public LicensingData(PluginContext context) {
        this.context = context;
        String age =
                context.config().get(MAX_AGE_DAYS).orElse(String.valueOf(DEFAULT_MAX_AGE_DAYS));
        try {
            this.maxAgeDays = Long.parseLong(age.strip());
        } catch (NumberFormatException e) {
            throw new PluginException(
                    MAX_AGE_DAYS + " must be a whole number of days, not '" + age + "'.");
        }
    }

    public DatedTable load(Class<?> owner, String name) {
        return DatedTable.load(owner, name, context.config().get(DATA_DIR).map(Path::of));
    }

    public Clock clock() {
        return context.clock();
    }

    /** The staleness warnings of the given tables, today. */
    public List<String> warnings(List<DatedTable> tables) {
        return tables.stream()
                .map(t -> t.staleness(context.clock(), maxAgeDays))
                .flatMap(Optional::stream)
                .toList();
    }
}
