package org.openiop.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Request bodies that cannot be read or break a declared constraint: 400 in the error shape, with
 * one entry per field under {@code fields}. The client caused these at will, so nothing is logged;
 * and no message from the parser is passed on, since it can echo the input.
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

    /** JSON that does not fit the record: wrong types, bad dates or ids, an unknown choice. */
    @Provider
    public static class Unreadable implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return unreadable(e);
        }
    }

    /**
     * Jersey's wrapper around the same failure, and around a body that is not JSON at all. Any
     * other processing failure is OpenIOP's own and stays a 500 with its stack trace logged.
     */
    @Provider
    public static class Unprocessable implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return causedByInput(e) ? unreadable(e) : new UnexpectedErrorMapper().toResponse(e);
        }
    }

    static boolean causedByInput(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JsonbException
                    || t instanceof jakarta.json.JsonException
                    || t instanceof jakarta.ws.rs.core.NoContentException) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]{1,64})'?");

    /**
     * The field a parser failure names, if any. Yasson's messages name the property as "property
     * 'x'"; the first one named is the outermost, which is the one the client sent.
     */
    static String fieldNamedIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null) {
                Matcher m = PROPERTY.matcher(message);
                if (m.find()) {
                    return m.group(1);
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    static Response unreadable(Throwable e) {
        String field = fieldNamedIn(e);
        if (field == null) {
            return invalid(
                    "Send the request body as a JSON object with the fields this operation"
                            + " describes (see /openapi).",
                    Map.of());
        }
        return invalid(
                "'" + field + "' has the wrong form; see /openapi for what it takes.",
                Map.of(field, "has the wrong form"));
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
