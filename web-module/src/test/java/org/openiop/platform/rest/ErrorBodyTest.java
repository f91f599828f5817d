package org.openiop.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ErrorBodyTest {

    @Test
    void everyStatusHasAnErrorAndSomethingToDo() {
        for (int status : new int[] {400, 401, 403, 404, 405, 415, 500, 503}) {
            ErrorBody body = ErrorBody.forStatus(status);
            assertEquals(true, body.error().length() > 3, status + " error");
            assertEquals(true, body.detail().endsWith("."), status + " detail is a sentence");
        }
        assertEquals("Sign-in required", ErrorBody.forStatus(401).error());
        assertEquals("Not allowed", ErrorBody.forStatus(403).error());
    }
}
