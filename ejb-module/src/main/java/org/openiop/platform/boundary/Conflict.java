package org.openiop.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** The request clashes with the record's current state; nothing was changed (REST: 409). */
@ApplicationException(rollback = true)
public class Conflict extends RequestRefused {

    public static final String CODE = "conflict";

    public Conflict(String message) {
        super(CODE, message);
    }

    public Conflict(String message, Map<String, String> fields) {
        super(CODE, message, fields);
    }

    /** With a more specific code than {@link #CODE}, for callers that tell cases apart. */
    public Conflict(String code, String message) {
        super(code, message);
    }
}
