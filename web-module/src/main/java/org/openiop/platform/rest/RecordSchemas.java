package org.openiop.platform.rest;

import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * OpenAPI schemas for the API's records, made from their Java types. Payara's own scan types ids,
 * dates and enums from other modules as bare objects, which a generated client cannot use; this
 * says what they are ({@code string} with format {@code uuid}, {@code date}, {@code date-time}, or
 * an {@code enum}) and carries the request limits ({@link MaxLength}, {@link MaxItems}). Records
 * become components named by their simple names and are referred to by {@code $ref}.
 */
final class RecordSchemas {

    /** Component schemas made so far, by name. */
    private final Map<String, Schema> components = new TreeMap<>();

    private final Map<String, Class<?>> owners = new TreeMap<>();

    Map<String, Schema> components() {
        return components;
    }

    /** The schema for a Java type, registering any record it reaches as a component. */
    Schema of(Type type) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return simple(SchemaType.STRING, null);
        }
        if (raw == UUID.class) {
            return simple(SchemaType.STRING, "uuid");
        }
        if (raw == LocalDate.class) {
            return simple(SchemaType.STRING, "date");
        }
        if (raw == Instant.class) {
            return simple(SchemaType.STRING, "date-time");
        }
        if (raw == LocalTime.class) {
            return simple(SchemaType.STRING, "time").example("18:00");
        }
        if (raw == Integer.class || raw == int.class) {
            return simple(SchemaType.INTEGER, "int32");
        }
        if (raw == Long.class || raw == long.class) {
            return simple(SchemaType.INTEGER, "int64");
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return simple(SchemaType.BOOLEAN, null);
        }
        if (raw == Double.class || raw == double.class) {
            return simple(SchemaType.NUMBER, "double");
        }
        if (raw.isEnum()) {
            Schema s = simple(SchemaType.STRING, null);
            Arrays.stream(raw.getEnumConstants())
                    .forEach(c -> s.addEnumeration(((Enum<?>) c).name()));
            return s;
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return simple(SchemaType.ARRAY, null).items(of(argument(type, 0)));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return simple(SchemaType.OBJECT, null)
                    .additionalPropertiesSchema(of(argument(type, 1)));
        }
        if (raw.isRecord()) {
            return OASFactory.createSchema().ref(component(raw));
        }
        if (JsonValue.class.isAssignableFrom(raw) || raw == Object.class) {
            return simple(SchemaType.OBJECT, null).description("free-form JSON");
        }
        throw new IllegalArgumentException("No schema for " + raw.getName());
    }

    /** Registers a record as a component and answers its name. */
    String component(Class<?> record) {
        String name = record.getSimpleName();
        Class<?> owner = owners.putIfAbsent(name, record);
        if (owner != null && owner != record) {
            // Two records of one name would share one schema and one of them would be described
            // wrongly; refuse to describe the API at all rather than describe it wrong.
            throw new IllegalStateException(
                    "Two API records are called "
                            + name
                            + ": "
                            + owner.getName()
                            + " and "
                            + record.getName());
        }
        if (owner == null) {
            Schema schema = simple(SchemaType.OBJECT, null);
            components.put(
                    name, schema); // before the components, for records that refer to themselves
            for (RecordComponent c : record.getRecordComponents()) {
                Schema property = of(c.getGenericType());
                MaxLength length = c.getAccessor().getAnnotation(MaxLength.class);
                if (length != null) {
                    property.maxLength(length.value());
                }
                MaxItems items = c.getAccessor().getAnnotation(MaxItems.class);
                if (items != null) {
                    property.maxItems(items.value());
                }
                schema.addProperty(c.getName(), property);
            }
        }
        return name;
    }

    private static Schema simple(SchemaType type, String format) {
        Schema s = OASFactory.createSchema().type(type);
        return format == null ? s : s.format(format);
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p
                ? p.getActualTypeArguments()[index]
                : Object.class;
    }
}
