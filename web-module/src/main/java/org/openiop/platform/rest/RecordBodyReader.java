package org.openiop.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openiop.platform.boundary.Invalid;

/**
 * Reads a request body into the operation's record. The JSON is checked against the record's
 * component types first, strictly, and only then bound with JSON-B: JSON-B alone would turn 1.5
 * into 1, 99999999999 into a wrapped-around int and "yes" into false without a word, and would not
 * say which field held a bad id. Every field that does not fit is named in one 400 ({@code
 * fields}), and nothing is changed. Choices (enums) are read without regard to case. Unknown fields
 * are ignored, as JSON-B does. Bean Validation then checks the record's own constraints.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class RecordBodyReader implements MessageBodyReader<Record> {

    /** No operation takes more; a larger body is refused before it is parsed. */
    static final int MAX_BYTES = 256 * 1024;

    private final Jsonb jsonb = new JsonbSettings().getContext(Object.class);

    @Override
    public boolean isReadable(
            Class<?> type, Type generic, Annotation[] annotations, MediaType media) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(
            Class<Record> type,
            Type generic,
            Annotation[] annotations,
            MediaType media,
            MultivaluedMap<String, String> headers,
            InputStream entity)
            throws IOException, WebApplicationException {
        JsonObject body = parse(entity);
        Map<String, String> wrong = new LinkedHashMap<>();
        JsonObject fitted = fit(body, type, "", wrong);
        if (!wrong.isEmpty()) {
            String detail =
                    wrong.size() == 1
                            ? "'"
                                    + wrong.keySet().iterator().next()
                                    + "' must be "
                                    + wrong.values().iterator().next()
                                    + "."
                            : "Correct the fields listed under 'fields'.";
            throw new Invalid(detail, wrong);
        }
        try {
            return jsonb.fromJson(fitted.toString(), type);
        } catch (RuntimeException e) {
            // Everything was checked above, so JSON-B refusing it means the check and the binding
            // disagree: OpenIOP's fault, a 500 with its trace logged, not the client's.
            throw new IllegalStateException("JSON-B could not bind a checked " + type.getName(), e);
        }
    }

    static JsonObject parse(InputStream entity) throws IOException {
        byte[] bytes;
        try {
            bytes = entity.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            // The client stopped sending; it will not read the answer, but it is its fault.
            throw new Invalid("The request body could not be read to its end.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new WebApplicationException(413);
        }
        if (bytes.length == 0) {
            throw new Invalid("Send the request body as a JSON object.");
        }
        JsonValue value;
        try (JsonReader reader =
                Json.createReader(
                        new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            value = reader.readValue();
        } catch (JsonException e) {
            // The parser's message quotes the input; it is not passed on.
            throw new Invalid("The request body is not well-formed JSON.");
        } catch (RuntimeException e) {
            // Parsson refuses nesting deeper than its limit with a bare RuntimeException; only
            // the parser runs in this block, so whatever it throws is about the input.
            throw new Invalid("The request body is not well-formed JSON or is nested too deeply.");
        }
        if (!(value instanceof JsonObject object)) {
            throw new Invalid("Send the request body as a JSON object.");
        }
        return object;
    }

    /** The object with choices spelled as the record expects; what does not fit goes to wrong. */
    static JsonObject fit(
            JsonObject object, Class<?> record, String prefix, Map<String, String> wrong) {
        JsonObjectBuilder out = Json.createObjectBuilder();
        for (RecordComponent c : record.getRecordComponents()) {
            String name = c.getName();
            JsonValue value = object.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            JsonValue fitted = fitValue(value, c.getGenericType(), prefix + name, wrong);
            if (fitted != null) {
                out.add(name, fitted);
            }
        }
        return out.build();
    }

    private static JsonValue fitValue(
            JsonValue value, Type type, String field, Map<String, String> wrong) {
        Class<?> raw = raw(type);
        String shape = shapeOf(raw);
        if (raw == String.class) {
            return value instanceof JsonString ? value : refuse(wrong, field, shape);
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            if (!(value instanceof JsonNumber n) || !n.isIntegral() || !fits(n, raw)) {
                return refuse(wrong, field, shape);
            }
            return value;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return value == JsonValue.TRUE || value == JsonValue.FALSE
                    ? value
                    : refuse(wrong, field, shape);
        }
        if (raw.isEnum()) {
            return value instanceof JsonString s
                    ? choice(s, raw, field, wrong)
                    : refuse(wrong, field, shape);
        }
        if (raw == LocalDate.class
                || raw == LocalTime.class
                || raw == Instant.class
                || raw == UUID.class) {
            return value instanceof JsonString s && parses(s.getString(), raw)
                    ? value
                    : refuse(wrong, field, shape);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonArray array)) {
                return refuse(wrong, field, shape);
            }
            Type element = argument(type, 0);
            JsonArrayBuilder out = Json.createArrayBuilder();
            for (int i = 0; i < array.size(); i++) {
                JsonValue item = array.get(i);
                JsonValue fitted =
                        item.getValueType() == JsonValue.ValueType.NULL
                                ? refuse(wrong, field + "[" + i + "]", shapeOf(raw(element)))
                                : fitValue(item, element, field + "[" + i + "]", wrong);
                if (fitted != null) {
                    out.add(fitted);
                }
            }
            return out.build();
        }
        if (Map.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonObject object)) {
                return refuse(wrong, field, shape);
            }
            Type element = argument(type, 1);
            JsonObjectBuilder out = Json.createObjectBuilder();
            object.forEach(
                    (key, item) -> {
                        JsonValue fitted =
                                fitValue(item, element, field + "." + keyName(key), wrong);
                        if (fitted != null) {
                            out.add(key, fitted);
                        }
                    });
            return out.build();
        }
        if (raw.isRecord()) {
            return value instanceof JsonObject object
                    ? fit(object, raw, field + ".", wrong)
                    : refuse(wrong, field, shape);
        }
        if (JsonValue.class.isAssignableFrom(raw) || raw == Object.class) {
            return value; // free-form on purpose (a plugin's own settings): checked where it is
            // used
        }
        throw new IllegalStateException(
                "A request record has a component of a type the reader does not know: " + raw);
    }

    /** A map key as a 400 may repeat it: a plain short key as it is, anything else not at all. */
    static String keyName(String key) {
        return key.matches("[A-Za-z0-9_-]{1,64}") ? key : "(a key)";
    }

    private static JsonValue refuse(Map<String, String> wrong, String field, String shape) {
        wrong.putIfAbsent(field, shape);
        return null;
    }

    private static JsonValue choice(
            JsonString s, Class<?> type, String field, Map<String, String> wrong) {
        String wanted = s.getString().strip().toUpperCase(Locale.ROOT);
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(wanted)) {
                return Json.createValue(wanted);
            }
        }
        return refuse(wrong, field, shapeOf(type));
    }

    private static boolean fits(JsonNumber n, Class<?> type) {
        BigDecimal value = n.bigDecimalValue();
        long min = type == Long.class || type == long.class ? Long.MIN_VALUE : Integer.MIN_VALUE;
        long max = type == Long.class || type == long.class ? Long.MAX_VALUE : Integer.MAX_VALUE;
        return value.compareTo(BigDecimal.valueOf(min)) >= 0
                && value.compareTo(BigDecimal.valueOf(max)) <= 0;
    }

    /**
     * Dates and instants within years 1 to 9999, as ISO 8601 writes them with four digits: the
     * JDK's parsers take years up to a billion, which JSON-B then refuses to bind, and no date in
     * this API is outside that range.
     */
    private static boolean parses(String text, Class<?> type) {
        try {
            if (type == LocalDate.class) {
                return plausibleYear(LocalDate.parse(text).getYear());
            } else if (type == LocalTime.class) {
                LocalTime.parse(text);
            } else if (type == Instant.class) {
                return plausibleYear(Instant.parse(text).atOffset(ZoneOffset.UTC).getYear());
            } else {
                UUID.fromString(text);
            }
            return true;
        } catch (DateTimeException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean plausibleYear(int year) {
        return year >= 1 && year <= 9999;
    }

    /** The words a 400 uses for what a field should be; the same as the API document's types. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static String shapeOf(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date as yyyy-mm-dd";
        }
        if (type == LocalTime.class) {
            return "a time as hh:mm";
        }
        if (type == Instant.class) {
            return "an instant such as 2026-03-09T23:00:00Z";
        }
        if (type == UUID.class) {
            return "an id";
        }
        if (type.isEnum()) {
            return "one of " + EnumSet.allOf((Class<Enum>) type);
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p
                ? p.getActualTypeArguments()[index]
                : Object.class;
    }
}
