package org.openiop.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openiop.platform.boundary.Invalid;

/**
 * The strict check before JSON-B binds a request record: what plain JSON-B would accept silently
 * (1.5 as 1, an int that wraps around, "yes" as false) is refused and named, field by field.
 */
class RecordBodyReaderTest {

    enum Colour {
        RED,
        GREEN
    }

    record Inner(Integer count) {}

    record Body(
            String name,
            Integer count,
            Long big,
            Boolean flag,
            LocalDate day,
            Instant at,
            UUID id,
            Colour colour,
            List<String> names,
            List<Inner> inners) {}

    static Map<String, String> wrong(String json) {
        Map<String, String> wrong = new LinkedHashMap<>();
        RecordBodyReader.fit(read(json), Body.class, "", wrong);
        return wrong;
    }

    static JsonObject read(String json) {
        return Json.createReader(new java.io.StringReader(json)).readObject();
    }

    @Test
    void whatJsonBWouldBendIsRefusedAndNamed() {
        assertEquals(Map.of("count", "a whole number"), wrong("{\"count\": 1.5}"));
        assertEquals(Map.of("count", "a whole number"), wrong("{\"count\": 99999999999}"));
        assertEquals(Map.of("flag", "true or false"), wrong("{\"flag\": \"yes\"}"));
        assertEquals(Map.of("id", "an id"), wrong("{\"id\": \"not-an-id\"}"));
        assertEquals(Map.of("day", "a date as yyyy-mm-dd"), wrong("{\"day\": \"1 Jan\"}"));
        assertEquals(
                Map.of("at", "an instant such as 2026-03-09T23:00:00Z"),
                wrong("{\"at\": \"2026-03-09\"}"));
        assertEquals(Map.of("name", "a string"), wrong("{\"name\": {}}"));
        // The JDK parses years up to a billion; JSON-B does not bind them (found by ApiFuzzIT).
        assertEquals(
                Map.of("at", "an instant such as 2026-03-09T23:00:00Z"),
                wrong("{\"at\": \"+1000000000-01-01T00:00:00Z\"}"));
        assertEquals(
                Map.of("day", "a date as yyyy-mm-dd"), wrong("{\"day\": \"+999999999-12-31\"}"));
        assertEquals(Map.of("colour", "one of [RED, GREEN]"), wrong("{\"colour\": \"blue\"}"));
    }

    @Test
    void everyWrongFieldIsNamedOnceIncludingInsideLists() {
        Map<String, String> all =
                wrong(
                        "{\"count\": \"x\", \"names\": [\"a\", 2, null], \"inners\": [{\"count\":"
                                + " 1}, {\"count\": true}]}");
        assertEquals(
                Map.of(
                        "count", "a whole number",
                        "names[1]", "a string",
                        "names[2]", "a string",
                        "inners[1].count", "a whole number"),
                all);
    }

    @Test
    void rightValuesPassAndChoicesAreReadWithoutRegardToCase() {
        Map<String, String> wrong = new LinkedHashMap<>();
        JsonObject fitted =
                RecordBodyReader.fit(
                        read(
                                "{\"name\": \"Ada\", \"count\": 3, \"big\": 99999999999, \"flag\":"
                                    + " false, \"day\": \"2026-03-09\", \"colour\": \" green \","
                                    + " \"unknown\": 1, \"names\": [\"a\"]}"),
                        Body.class,
                        "",
                        wrong);
        assertEquals(Map.of(), wrong);
        assertEquals("GREEN", fitted.getString("colour"));
        assertTrue(!fitted.containsKey("unknown"), "unknown fields are left out");
        assertEquals(99999999999L, fitted.getJsonNumber("big").longValue());
    }

    record Counts(Map<String, Integer> byState) {}

    @Test
    void aMapKeyIsRepeatedInTheAnswerOnlyWhenItIsPlainAndShort() {
        Map<String, String> wrong = new LinkedHashMap<>();
        RecordBodyReader.fit(
                read("{\"byState\": {\"CA\": \"x\", \"<script>\": 1.5}}"), Counts.class, "", wrong);
        assertEquals(
                Map.of("byState.CA", "a whole number", "byState.(a key)", "a whole number"), wrong);
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsRefusedWithoutEchoingIt() {
        for (String body : List.of("", "[1]", "42", "{", "{\"a\": NaN}")) {
            Invalid refused =
                    assertThrows(Invalid.class, () -> RecordBodyReader.parse(stream(body)), body);
            assertTrue(!refused.getMessage().contains("NaN"), refused.getMessage());
        }
    }

    @Test
    void nestingPastTheParsersLimitIsA400NotA500() {
        String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
        assertThrows(Invalid.class, () -> RecordBodyReader.parse(stream(deep)));
    }

    @Test
    void aBodyLargerThanAnyOperationTakesIsRefusedBeforeItIsParsed() {
        String big = "{\"name\": \"" + "x".repeat(RecordBodyReader.MAX_BYTES) + "\"}";
        WebApplicationException refused =
                assertThrows(
                        WebApplicationException.class, () -> RecordBodyReader.parse(stream(big)));
        assertEquals(413, refused.getResponse().getStatus());
    }

    static ByteArrayInputStream stream(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }
}
