package org.openiop.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** The caller's role or relationship does not allow this (REST: 403). */
@ApplicationException(rollback = true)
public class Forbidden extends RequestRefused {

    public static final String CODE = "forbidden";

    public Forbidden(String message) {
        super(CODE, message);
    }

    public Forbidden(String message, Map<String, String> fields) {
        super(CODE, message, fields);
    }
}
