package org.openiop.plugin.spi;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version range in Maven's syntax, {@code [1.0,2.0)}: brackets include, parentheses exclude, an
 * empty bound is open. Versions are {@code major.minor[.patch]}.
 */
public final class VersionRange {

    private static final Pattern RANGE =
            Pattern.compile("([\\[(])\\s*([0-9.]*)\\s*,\\s*([0-9.]*)\\s*([\\])])");
    private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+){0,2}");

    private final String text;
    private final int[] lower;
    private final boolean lowerInclusive;
    private final int[] upper;
    private final boolean upperInclusive;

    private VersionRange(
            String text, int[] lower, boolean lowerInclusive, int[] upper, boolean upperInclusive) {
        this.text = text;
        this.lower = lower;
        this.lowerInclusive = lowerInclusive;
        this.upper = upper;
        this.upperInclusive = upperInclusive;
    }

    /**
     * @throws IllegalArgumentException when the text is not a range such as {@code [1.0,2.0)}
     */
    public static VersionRange parse(String text) {
        Matcher m = RANGE.matcher(Objects.requireNonNullElse(text, "").strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "Not a version range: '" + text + "'; write one such as [1.0,2.0).");
        }
        return new VersionRange(
                text.strip(),
                bound(m.group(2)),
                m.group(1).equals("["),
                bound(m.group(3)),
                m.group(4).equals("]"));
    }

    private static int[] bound(String version) {
        return version.isEmpty() ? null : version(version);
    }

    static int[] version(String version) {
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException(
                    "Not a version: '" + version + "'; write one such as 1.0 or 1.2.3.");
        }
        String[] parts = version.split("\\.");
        int[] numbers = new int[3];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = Integer.parseInt(parts[i]);
        }
        return numbers;
    }

    public boolean contains(String version) {
        int[] v = version(version);
        if (lower != null) {
            int c = compare(v, lower);
            if (c < 0 || c == 0 && !lowerInclusive) {
                return false;
            }
        }
        if (upper != null) {
            int c = compare(v, upper);
            return c < 0 || c == 0 && upperInclusive;
        }
        return true;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
