package org.openiop.platform.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.RequestRefused;

/**
 * Reads fields from a JSON request body. A field of the wrong shape is refused with a 400 that
 * names the field and the form it should take; an absent optional field reads as null.
 */
public final class JsonFields {

    private final JsonObject body;

    private JsonFields(JsonObject body) {
        this.body = body;
    }

    /**
     * @throws RequestRefused (invalid) without a body
     */
    public static JsonFields of(JsonObject body) {
        if (body == null) {
            throw new Invalid("Send the request body as a JSON object.");
        }
        return new JsonFields(body);
    }

    private static RequestRefused wrong(String field, String shape) {
        return new Invalid("'" + field + "' must be " + shape + ".", Map.of(field, shape));
    }

    private boolean absent(String field) {
        return !body.containsKey(field) || body.isNull(field);
    }

    public String text(String field) {
        if (absent(field)) {
            return null;
        }
        if (!(body.get(field) instanceof JsonString s)) {
            throw wrong(field, "a string");
        }
        return s.getString();
    }

    public Integer integer(String field) {
        if (absent(field)) {
            return null;
        }
        if (body.get(field).getValueType() != JsonValue.ValueType.NUMBER
                || !body.getJsonNumber(field).isIntegral()) {
            throw wrong(field, "a whole number");
        }
        return body.getJsonNumber(field).intValue();
    }

    public LocalDate date(String field) {
        String text = text(field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw wrong(field, "a date as yyyy-mm-dd");
        }
    }

    public LocalTime time(String field) {
        String text = text(field);
        try {
            return text == null ? null : LocalTime.parse(text);
        } catch (DateTimeException e) {
            throw wrong(field, "a time as hh:mm");
        }
    }

    public Instant instant(String field) {
        String text = text(field);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeException e) {
            throw wrong(field, "an instant such as 2026-03-09T23:00:00Z");
        }
    }

    public UUID uuid(String field) {
        String text = text(field);
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw wrong(field, "an id");
        }
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        String text = text(field);
        try {
            return text == null ? null : Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw wrong(field, "one of " + EnumSet.allOf(type));
        }
    }

    public List<String> texts(String field) {
        if (absent(field)) {
            return null;
        }
        if (body.get(field).getValueType() != JsonValue.ValueType.ARRAY) {
            throw wrong(field, "a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonValue v : body.getJsonArray(field)) {
            if (!(v instanceof JsonString s)) {
                throw wrong(field, "a list of strings");
            }
            out.add(s.getString());
        }
        return out;
    }

    /** A string for a response, or JSON null (a participant who has not chosen a pseudonym yet). */
    public static JsonValue orNull(String value) {
        return value == null ? JsonValue.NULL : jakarta.json.Json.createValue(value);
    }

    /** Days such as ["MON", "WED", "FRI"] or full names. */
    public Set<DayOfWeek> days(String field) {
        List<String> names = texts(field);
        if (names == null) {
            return null;
        }
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            String upper = name.strip().toUpperCase(Locale.ROOT);
            DayOfWeek day = null;
            for (DayOfWeek d : DayOfWeek.values()) {
                if (upper.length() >= 3 && d.name().startsWith(upper)) {
                    day = d;
                }
            }
            if (day == null) {
                throw wrong(field, "a list of weekdays such as [\"MON\", \"WED\", \"FRI\"]");
            }
            out.add(day);
        }
        return out;
    }
}
