package org.openiop.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** The input breaks a rule of its form; nothing was stored (REST: 400). */
@ApplicationException(rollback = true)
public class Invalid extends RequestRefused {

    public static final String CODE = "invalid";

    public Invalid(String message) {
        super(CODE, message);
    }

    public Invalid(String message, Map<String, String> fields) {
        super(CODE, message, fields);
    }
}
