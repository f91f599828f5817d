package org.openiop.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.AccessLocalException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** Which of Payara's records are client faults, and how a refusal is named instead of traced. */
class ClientFaultLoggingTest {

    static LogRecord recordOf(Throwable thrown) {
        LogRecord record = new LogRecord(Level.WARNING, "");
        record.setThrown(thrown);
        return record;
    }

    @Test
    void aRefusalIsNamedByTheBoundaryMethodThatRefused() {
        AccessLocalException refused = new AccessLocalException("Client not authorized");
        refused.setStackTrace(
                new StackTraceElement[] {
                    new StackTraceElement(
                            "com.sun.ejb.containers.BaseContainer", "preInvoke", null, 1),
                    new StackTraceElement("jdk.proxy4.$Proxy355", "close", null, 1),
                    new StackTraceElement(
                            "org.openiop.incident.boundary.__EJB31_Generated__Incidents__Intf____Bean__",
                            "close",
                            null,
                            1),
                    new StackTraceElement(
                            "org.openiop.incident.rest.IncidentsResource", "close", null, 1)
                });
        assertEquals("Incidents.close", ClientFaultLogging.boundaryMethod(refused));
        assertTrue(ClientFaultLogging.refusedCaller(recordOf(new RuntimeException(refused))));
    }

    @Test
    void otherFaultsOfTheContainerAndOfFacesAreStillLogged() {
        assertFalse(ClientFaultLogging.refusedCaller(recordOf(new IllegalStateException("ours"))));
        assertFalse(ClientFaultLogging.refusedCaller(recordOf(null)));
        assertFalse(ClientFaultLogging.forgedOrStale(recordOf(new NullPointerException())));
        assertTrue(
                ClientFaultLogging.forgedOrStale(
                        recordOf(
                                new RuntimeException(
                                        new jakarta.faces.application.ViewExpiredException("x")))));
    }
}
