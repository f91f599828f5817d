package org.openiop.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.TreeMap;

/**
 * Request records that break a declared constraint: 400 in the error shape, with one entry per
 * field under {@code fields}. The client caused these at will, so nothing is logged. Bodies that
 * cannot be read are refused by {@link RecordBodyReader} itself; a JSON-B or processing failure
 * anywhere else (writing an answer) is OpenIOP's own fault and stays a 500 with its trace logged.
 */
public final class InvalidBodies {

    private InvalidBodies() {}

    static final String INVALID = "Invalid request";

    /**
     * Bean Validation on a record or a parameter: every broken field, named as the JSON names it.
     */
    @Provider
    public static class Violations implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            Map<String, String> fields = new TreeMap<>();
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                fields.merge(fieldOf(v.getPropertyPath()), v.getMessage(), (a, b) -> a + "; " + b);
            }
            String detail =
                    fields.size() == 1
                            ? "'"
                                    + fields.keySet().iterator().next()
                                    + "' "
                                    + fields.values().iterator().next()
                                    + "."
                            : "Correct the fields listed under 'fields'.";
            return invalid(detail, fields);
        }
    }

    /** {@code items[0].name} for a path through the body; {@code body} for the body itself. */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            // Method and parameter nodes name Java, not JSON: only properties and the elements of
            // lists in them name fields. A node's index is its place in the list before it.
            if (node.getKind() != ElementKind.PROPERTY
                    && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    static Response invalid(String detail, Map<String, String> fields) {
        JsonObjectBuilder extra = Json.createObjectBuilder().add("code", "invalid");
        if (!fields.isEmpty()) {
            JsonObjectBuilder f = Json.createObjectBuilder();
            fields.forEach(f::add);
            extra.add("fields", f);
        }
        return Refusals.json(400, INVALID, detail, extra);
    }
}
