package org.openiop.program.boundary;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;
import org.openiop.platform.boundary.Role;

/**
 * Keeps every scheduled group's sessions generated the configured number of weeks ahead, nightly.
 */
@Singleton
@RunAs(Role.Names.SYSTEM)
public class SessionHorizon {

    private static final Logger LOG = Logger.getLogger(SessionHorizon.class.getName());

    @EJB Sessions sessions;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void extend() {
        int made = sessions.extendAll();
        LOG.info(() -> "Session horizon extended: " + made + " sessions generated");
    }
}
