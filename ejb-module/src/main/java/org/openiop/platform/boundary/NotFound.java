package org.openiop.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * Nothing by that id is visible to the caller: it does not exist, or the caller's scope does not
 * reach it. Both read the same, so that a refusal does not confirm that a record exists (REST:
 * 404).
 */
@ApplicationException(rollback = true)
public class NotFound extends RequestRefused {

    public static final String CODE = "not-found";

    public NotFound(String message) {
        super(CODE, message);
    }

    public NotFound(String message, Map<String, String> fields) {
        super(CODE, message, fields);
    }
}
