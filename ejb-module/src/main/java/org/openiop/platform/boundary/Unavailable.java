package org.openiop.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A service this request needs (a plugin, the video vendor) is not answering; nothing was changed
 * (REST: 503).
 */
@ApplicationException(rollback = true)
public class Unavailable extends RequestRefused {

    public static final String CODE = "unavailable";

    public Unavailable(String message) {
        super(CODE, message);
    }

    public Unavailable(String message, Map<String, String> fields) {
        super(CODE, message, fields);
    }

    /** With a more specific code than {@link #CODE}, for callers that tell cases apart. */
    public Unavailable(String code, String message) {
        super(code, message);
    }
}
