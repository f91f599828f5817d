package org.openiop.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps client faults out of the server log where Payara itself logs them. Payara's MicroProfile
 * JWT identity store logs every expired, forged or malformed bearer token at INFO with a full stack
 * trace: anyone can send such a token, so anyone could fill the log. The caller already gets a 401
 * in the error shape; the store's own faults are still logged at WARNING and above.
 */
@WebListener
public class ClientFaultLogging implements ServletContextListener {

    /** Held so that the level set on them stays: JUL keeps loggers only weakly. */
    private static final List<Logger> QUIETED =
            List.of(
                    Logger.getLogger(
                            "fish.payara.microprofile.jwtauth.eesecurity.SignedJWTIdentityStore"));

    @Override
    public void contextInitialized(ServletContextEvent event) {
        QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
    }
}
