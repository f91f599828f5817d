package org.openiop.it.platform;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * The values ApiFuzzIT sends: plausible ones, so that requests get past the first check, and the
 * ones an attacker or a broken client sends.
 */
final class FuzzValues {

    private FuzzValues() {}

    /** Text that has broken parsers and databases before. */
    static Arbitrary<String> nastyText() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "",
                        " ",
                        "\u0000",
                        "null",
                        "true",
                        "-1",
                        "1e309",
                        "NaN",
                        "' OR 1=1 --",
                        "\"; DROP TABLE participant; --",
                        "../../../../etc/passwd",
                        "%00%2e%2e%2f",
                        "<script>alert(1)</script>",
                        "${jndi:ldap://example.invalid/a}",
                        "#{7*7}",
                        "\uD83D\uDE00\uD83D\uDC4D\u200D\u2764",
                        "\u202Egnp.exe",
                        "\uFEFF\u200B\u2028\u2029",
                        "Ａｄａ　Ｌｏｖｅｌａｃｅ",
                        "\uD800",
                        "İıŞşĞğ",
                        "日本語テキスト",
                        "\r\nSet-Cookie: x=y"),
                Arbitraries.strings().all().ofMinLength(0).ofMaxLength(40),
                Arbitraries.strings().withCharRange('a', 'z').ofLength(10_000),
                Arbitraries.strings().all().ofLength(70_000));
    }

    static Arbitrary<String> pathSegment() {
        return Arbitraries.oneOf(
                Arbitraries.create(() -> UUID.randomUUID().toString()),
                Arbitraries.create(() -> UUID.randomUUID().toString()),
                Arbitraries.of(
                        "0",
                        "-1",
                        "00000000-0000-0000-0000-000000000000",
                        "x",
                        "video-jitsi",
                        "demo-clinician",
                        "IL"),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30),
                Arbitraries.strings().withCharRange('a', 'z').ofLength(3000));
    }

    static Arbitrary<String> queryValue() {
        return Arbitraries.oneOf(
                plausibleText(),
                Arbitraries.of(
                        "2026-03-09",
                        "2026-03-09T00:00:00Z",
                        "2026-13-45",
                        "VIDEO",
                        "video",
                        "-1",
                        "999999999999",
                        "1.5"),
                nastyText());
    }

    static Arbitrary<String> plausibleText() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12);
    }

    /** A JSON object for a schema: mostly right in shape, with wrong, missing and extra fields. */
    static Arbitrary<String> objectFor(JsonObject schema, JsonObject document) {
        return value(schema, document, 0).map(JsonValue::toString);
    }

    private static JsonObject resolve(JsonObject schema, JsonObject document) {
        if (schema != null && schema.containsKey("$ref")) {
            String name = schema.getString("$ref").replace("#/components/schemas/", "");
            return document.getJsonObject("components")
                    .getJsonObject("schemas")
                    .getJsonObject(name);
        }
        return schema;
    }

    private static Arbitrary<JsonValue> value(JsonObject raw, JsonObject document, int depth) {
        JsonObject schema = resolve(raw, document);
        Arbitrary<JsonValue> right = rightValue(schema, document, depth);
        return Arbitraries.frequencyOf(
                Tuple.of(7, right),
                Tuple.of(depth > 3 ? 0 : 2, wrongValue()),
                Tuple.of(1, Arbitraries.just(JsonValue.NULL)));
    }

    private static Arbitrary<JsonValue> rightValue(
            JsonObject schema, JsonObject document, int depth) {
        if (schema == null) {
            return wrongValue();
        }
        String type = schema.getString("type", "object");
        String format = schema.getString("format", "");
        if (schema.containsKey("enum")) {
            List<String> choices = new ArrayList<>();
            schema.getJsonArray("enum")
                    .forEach(v -> choices.add(((jakarta.json.JsonString) v).getString()));
            return Arbitraries.of(choices)
                    .flatMap(c -> Arbitraries.of(c, c.toLowerCase(Locale.ROOT), c + "X"))
                    .map(Json::createValue);
        }
        switch (type) {
            case "string":
                return switch (format) {
                    case "uuid" ->
                            Arbitraries.oneOf(
                                            Arbitraries.create(() -> UUID.randomUUID().toString()),
                                            Arbitraries.of(
                                                    "not-a-uuid", "0000", UUID.randomUUID() + "0"))
                                    .map(Json::createValue);
                    case "date" ->
                            Arbitraries.of(
                                            "2026-03-09",
                                            "1900-01-01",
                                            "9999-12-31",
                                            "2026-02-30",
                                            "03/09/2026",
                                            "+999999999-12-31")
                                    .map(Json::createValue);
                    case "date-time" ->
                            Arbitraries.of(
                                            "2026-03-09T18:00:00Z",
                                            "2026-03-09T18:00:00",
                                            "1970-01-01T00:00:00Z",
                                            "+1000000000-01-01T00:00:00Z",
                                            "yesterday")
                                    .map(Json::createValue);
                    case "time" ->
                            Arbitraries.of("18:00", "23:59:59", "24:00", "6pm")
                                    .map(Json::createValue);
                    default ->
                            Arbitraries.oneOf(plausibleText(), nastyText()).map(Json::createValue);
                };
            case "integer":
                return Arbitraries.oneOf(
                        Arbitraries.integers()
                                .between(-5, 500)
                                .map(i -> (JsonValue) Json.createValue(i)),
                        Arbitraries.of(
                                (JsonValue) Json.createValue(Integer.MAX_VALUE),
                                Json.createValue(Integer.MIN_VALUE),
                                Json.createValue(Long.MAX_VALUE),
                                Json.createValue(new java.math.BigDecimal("1e400")),
                                Json.createValue(1.5)));
            case "number":
                return Arbitraries.doubles().map(Json::createValue);
            case "boolean":
                return Arbitraries.of(JsonValue.TRUE, JsonValue.FALSE);
            case "array":
                {
                    Arbitrary<JsonValue> item =
                            depth > 4
                                    ? wrongValue()
                                    : value(schema.getJsonObject("items"), document, depth + 1);
                    return item.list()
                            .ofMaxSize(depth > 0 ? 3 : 80)
                            .map(
                                    list -> {
                                        JsonArrayBuilder out = Json.createArrayBuilder();
                                        list.forEach(out::add);
                                        return out.build();
                                    });
                }
            default:
                {
                    if (depth > 4) {
                        return Arbitraries.just(JsonValue.EMPTY_JSON_OBJECT);
                    }
                    JsonObject properties = schema.getJsonObject("properties");
                    List<String> names =
                            properties == null ? List.of() : List.copyOf(properties.keySet());
                    List<Arbitrary<java.util.Optional<JsonValue>>> fields = new ArrayList<>();
                    for (String name : names) {
                        fields.add(
                                value(properties.getJsonObject(name), document, depth + 1)
                                        .optional(0.8));
                    }
                    Arbitrary<List<java.util.Optional<JsonValue>>> all =
                            fields.isEmpty()
                                    ? Arbitraries.just(List.of())
                                    : net.jqwik.api.Combinators.combine(fields).as(l -> l);
                    Arbitrary<java.util.Optional<String>> extra = plausibleText().optional(0.2);
                    return net.jqwik.api.Combinators.combine(all, extra)
                            .as(
                                    (values, unknown) -> {
                                        JsonObjectBuilder built = Json.createObjectBuilder();
                                        for (int i = 0; i < names.size(); i++) {
                                            if (values.get(i).isPresent()) {
                                                built.add(names.get(i), values.get(i).get());
                                            }
                                        }
                                        unknown.ifPresent(u -> built.add("unknown-" + u, u));
                                        return (JsonValue) built.build();
                                    });
                }
        }
    }

    /** A value of any JSON type, or deeply nested. */
    static Arbitrary<JsonValue> wrongValue() {
        return Arbitraries.oneOf(
                nastyText().map(s -> (JsonValue) Json.createValue(s)),
                Arbitraries.integers().map(i -> (JsonValue) Json.createValue(i)),
                Arbitraries.of(
                        JsonValue.TRUE,
                        JsonValue.FALSE,
                        JsonValue.EMPTY_JSON_ARRAY,
                        JsonValue.EMPTY_JSON_OBJECT,
                        Json.createValue(-0.0),
                        Json.createValue(
                                new java.math.BigDecimal("123456789012345678901234567890"))),
                Arbitraries.integers().between(1, 60).map(FuzzValues::nested));
    }

    private static JsonValue nested(int depth) {
        JsonValue v = Json.createValue("deep");
        for (int i = 0; i < depth; i++) {
            v =
                    i % 2 == 0
                            ? Json.createArrayBuilder().add(v).build()
                            : Json.createObjectBuilder().add("a", v).build();
        }
        return v;
    }

    /** JSON texts that are not what any operation takes. */
    static Arbitrary<String> oddJson() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "{",
                        "}",
                        "[]",
                        "null",
                        "42",
                        "\"text\"",
                        "{\"a\":1,\"a\":2}",
                        "{\"a\":}",
                        "{'single': 'quotes'}",
                        "{\"a\": NaN}",
                        "\uFEFF{}",
                        "{\"__proto__\": {\"admin\": true}}"),
                Arbitraries.integers().between(100, 20_000).map(n -> "[".repeat(n) + "]".repeat(n)),
                Arbitraries.integers()
                        .between(100, 5_000)
                        .map(n -> "{\"a\":".repeat(n) + "1" + "}".repeat(n)),
                nastyText());
    }

    /** One megabyte of well-formed JSON. */
    static String megabyte() {
        return "{\"name\": \"" + "m".repeat(1 << 20) + "\"}";
    }
}
