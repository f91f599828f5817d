package org.openiop.platform.rest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import org.openiop.platform.boundary.Invalid;

/**
 * Query parameters with a default, read as strictly as a body's fields and refused the same way.
 */
public final class QueryValues {

    private QueryValues() {}

    public static LocalDate date(String name, String value, LocalDate absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw wrong(name, "a date as yyyy-mm-dd");
        }
    }

    public static <E extends Enum<E>> E choice(String name, String value, Class<E> type, E absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw wrong(name, "one of " + EnumSet.allOf(type));
        }
    }

    private static Invalid wrong(String name, String shape) {
        return new Invalid("'" + name + "' must be " + shape + ".", Map.of(name, shape));
    }
}
