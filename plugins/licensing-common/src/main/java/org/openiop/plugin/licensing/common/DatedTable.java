package org.openiop.plugin.licensing.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openiop.plugin.spi.Citation;
import org.openiop.plugin.spi.PluginException;

/**
 * A table of rule data with its provenance. The text format is tab-separated: lines starting with
 * {@code #@ key value} give metadata ({@code title}, {@code source}, {@code as-of} are required),
 * other {@code #} lines are comments, the first other line names the columns, and each further line
 * is a row. Rows are read as maps from column name to cell (empty cells are absent).
 *
 * @param name the file name, such as {@code psypact.tsv}
 * @param title what the data is
 * @param source where it was taken from
 * @param asOf when it was taken
 * @param rows the rows, column name to value
 */
public record DatedTable(
        String name, String title, String source, LocalDate asOf, List<Map<String, String>> rows) {

    public DatedTable {
        rows = List.copyOf(rows);
    }

    /** The citation for decisions that rest on this table. */
    public Citation citation() {
        return new Citation(title, source, asOf);
    }

    /** A warning when the data is older than {@code maxAgeDays} on the clock's date, or empty. */
    public Optional<String> staleness(Clock clock, long maxAgeDays) {
        long age = ChronoUnit.DAYS.between(asOf, LocalDate.now(clock));
        return age > maxAgeDays
                ? Optional.of(
                        title
                                + " is "
                                + age
                                + " days old (as of "
                                + asOf
                                + "; the limit is "
                                + maxAgeDays
                                + " days): check "
                                + source
                                + " and install a newer file.")
                : Optional.empty();
    }

    /** Rows indexed by one column's value. */
    public Map<String, Map<String, String>> by(String column) {
        return rows.stream()
                .collect(Collectors.toMap(r -> r.get(column), Function.identity(), (a, b) -> a));
    }

    /**
     * The bundled table, or the administrator's copy in {@code overrideDir} when that one is newer.
     *
     * @throws PluginException when a table cannot be read or lacks its metadata
     */
    public static DatedTable load(Class<?> owner, String name, Optional<Path> overrideDir) {
        DatedTable bundled;
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new PluginException("The plugin is missing its data file " + name + ".");
            }
            bundled = parse(name, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PluginException(
                    "Could not read the bundled " + name + ": " + e.getMessage(), e);
        }
        if (overrideDir.isEmpty() || !Files.isRegularFile(overrideDir.get().resolve(name))) {
            return bundled;
        }
        Path file = overrideDir.get().resolve(name);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            DatedTable override = parse(name, in);
            return override.asOf().isAfter(bundled.asOf()) ? override : bundled;
        } catch (IOException e) {
            throw new PluginException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    static DatedTable parse(String name, Reader text) throws IOException {
        String title = null;
        String source = null;
        LocalDate asOf = null;
        List<String> columns = null;
        List<Map<String, String>> rows = new ArrayList<>();
        BufferedReader lines = new BufferedReader(text);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.startsWith("#@ ")) {
                String[] kv = line.substring(3).split("\\s+", 2);
                String value = kv.length > 1 ? kv[1].strip() : "";
                switch (kv[0]) {
                    case "title" -> title = value;
                    case "source" -> source = value;
                    case "as-of" -> asOf = date(name, number, value);
                    default -> {
                        /* other metadata is for people */
                    }
                }
            } else if (line.isBlank() || line.startsWith("#")) {
                continue;
            } else if (columns == null) {
                columns = Arrays.asList(line.split("\t"));
            } else {
                String[] cells = line.split("\t", -1);
                if (cells.length > columns.size()) {
                    throw new PluginException(
                            name + " line " + number + " has more cells than columns.");
                }
                Map<String, String> row = new java.util.LinkedHashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    if (!cells[i].isBlank()) {
                        row.put(columns.get(i), cells[i].strip());
                    }
                }
                rows.add(row);
            }
        }
        if (title == null || source == null || asOf == null) {
            throw new PluginException(
                    name + " needs '#@ title', '#@ source' and '#@ as-of' lines.");
        }
        return new DatedTable(name, title, source, asOf, rows);
    }

    /** A date cell, or null when empty. */
    public static LocalDate date(String name, int line, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new PluginException(
                    name + " line " + line + ": '" + value + "' is not a date (yyyy-mm-dd).");
        }
    }
}
