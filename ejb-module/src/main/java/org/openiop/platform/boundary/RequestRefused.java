package org.openiop.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A request that cannot be done as asked: bad input, a broken rule or a state that does not allow
 * it. The message is for the person who asked (no PHI, no internals); {@code code} lets the web
 * tier pick a status and a translation; {@code fields} names the form fields at fault. Nothing was
 * changed.
 */
@ApplicationException(rollback = true)
public class RequestRefused extends RuntimeException {

    private final String code;
    private final Map<String, String> fields;

    public RequestRefused(String code, String message) {
        this(code, message, Map.of());
    }

    public RequestRefused(String code, String message, Map<String, String> fields) {
        super(message);
        this.code = code;
        this.fields = Map.copyOf(fields);
    }

    /**
     * A short stable word such as {@code invalid}, {@code conflict}, {@code not-found} or a rule
     * name.
     */
    public String code() {
        return code;
    }

    public Map<String, String> fields() {
        return fields;
    }
}
