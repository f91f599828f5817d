package org.openiop.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Target;

/**
 * /openapi describes every operation of the API fully enough for a generated client: a typed
 * request body where the operation takes one, a typed success body where it answers with one, and
 * the error shape for its refusals (issue 16). An untyped body is a bare {@code object} or, for
 * JSON, a bare {@code string}: what the document said while resources built JSON by hand.
 */
class OpenApiDocumentIT {

    private static final Set<String> VERBS = Set.of("get", "post", "put", "delete", "patch");

    static JsonObject document;

    @BeforeAll
    static void fetch() throws Exception {
        HttpResponse<String> answer =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(Target.app() + "/openapi"))
                                        .header("Accept", "application/json")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        document = Json.createReader(new StringReader(answer.body())).readObject();
    }

    /** Every /api operation, as "METHOD path". */
    static List<String[]> operations() {
        List<String[]> out = new ArrayList<>();
        document.getJsonObject("paths")
                .forEach(
                        (path, item) -> {
                            if (path.startsWith("/api/")) {
                                item.asJsonObject().keySet().stream()
                                        .filter(VERBS::contains)
                                        .forEach(verb -> out.add(new String[] {verb, path}));
                            }
                        });
        return out;
    }

    static JsonObject operation(String[] op) {
        return document.getJsonObject("paths").getJsonObject(op[1]).getJsonObject(op[0]);
    }

    @Test
    void everyOperationHasATypedRequestAndResponseBody() {
        List<String> untyped = new ArrayList<>();
        List<String[]> all = operations();
        for (String[] op : all) {
            JsonObject operation = operation(op);
            String name = op[0].toUpperCase() + " " + op[1];
            JsonObject request = operation.getJsonObject("requestBody");
            if (request != null && !typedContent(request.getJsonObject("content"))) {
                untyped.add(name + " (request)");
            }
            JsonObject success = success(operation.getJsonObject("responses"));
            if (success == null) {
                untyped.add(name + " (no success response)");
            } else if (success.containsKey("content")
                    && !typedContent(success.getJsonObject("content"))) {
                untyped.add(name + " (response)");
            }
        }
        System.out.println(
                "OpenApiDocumentIT: "
                        + all.size()
                        + " operations, "
                        + untyped.size()
                        + " without a typed body: "
                        + untyped);
        assertTrue(all.size() > 80, "the document lists the API: " + all.size());
        assertEquals(List.of(), untyped);
    }

    @Test
    void everyOperationDescribesItsRefusalsWithTheErrorShape() {
        JsonObject error =
                document.getJsonObject("components")
                        .getJsonObject("schemas")
                        .getJsonObject("Error");
        assertTrue(
                error.getJsonObject("properties")
                        .keySet()
                        .containsAll(Set.of("error", "detail", "fields")));
        List<String> without = new ArrayList<>();
        for (String[] op : operations()) {
            JsonObject responses = operation(op).getJsonObject("responses");
            for (String code : List.of("401", "403")) {
                JsonObject refusal = responses.getJsonObject(code);
                if (refusal == null
                        || !refusal.getJsonObject("content")
                                .getJsonObject("application/json")
                                .getJsonObject("schema")
                                .getString("$ref", "")
                                .endsWith("/Error")) {
                    without.add(op[0].toUpperCase() + " " + op[1] + " " + code);
                }
            }
        }
        assertEquals(List.of(), without);
    }

    @Test
    void operationIdsAreUniqueSoAGeneratedClientNeedsNoRenaming() {
        List<String> ids =
                operations().stream().map(op -> operation(op).getString("operationId")).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size(), ids.toString());
    }

    private static JsonObject success(JsonObject responses) {
        for (String code : responses.keySet()) {
            if (code.startsWith("2")) {
                return responses.getJsonObject(code);
            }
        }
        return null;
    }

    /** JSON bodies must be typed; CSV, JSON lines and raw vendor bodies are text on purpose. */
    private static boolean typedContent(JsonObject content) {
        if (content == null || content.isEmpty()) {
            return false;
        }
        for (var media : content.entrySet()) {
            JsonObject schema = media.getValue().asJsonObject().getJsonObject("schema");
            boolean json = media.getKey().equals("application/json");
            if (schema == null || json && !typed(schema, true)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A bare string is untyped only as a whole JSON body (JSON built by hand as text); inside a
     * list or a map it is a string.
     */
    static boolean typed(JsonObject schema, boolean whole) {
        if (schema.containsKey("$ref")) {
            return true;
        }
        String type = schema.getString("type", "");
        return switch (type) {
            case "array" ->
                    schema.containsKey("items") && typed(schema.getJsonObject("items"), false);
            case "object" ->
                    schema.containsKey("properties")
                            || schema.get("additionalProperties") instanceof JsonObject extra
                                    && typed(extra, false);
            case "integer", "number", "boolean" -> true;
            case "string" -> !whole || schema.containsKey("format") || schema.containsKey("enum");
            default -> false;
        };
    }

    static boolean isNull(JsonValue v) {
        return v == null || v.getValueType() == JsonValue.ValueType.NULL;
    }
}
