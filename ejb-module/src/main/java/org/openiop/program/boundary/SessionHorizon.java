package org.openiop.program.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.control.DailyClaims;
import org.openiop.platform.control.Schedules;

/**
 * Keeps every scheduled group's sessions generated the configured number of weeks ahead, nightly at
 * 03:17 ({@code openiop.schedule.session-horizon}). Every node of a cluster runs the timer; the
 * node that claims the night ({@link DailyClaims}) does the work, so two nodes never generate the
 * same sessions at once.
 */
@Singleton
@Startup
@RunAs(Role.Names.SYSTEM)
public class SessionHorizon {

    static final String JOB = "session-horizon";
    private static final Logger LOG = Logger.getLogger(SessionHorizon.class.getName());

    @EJB Sessions sessions;

    @Resource TimerService timers;

    @Inject DailyClaims claims;

    Clock clock = Clock.systemUTC();

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(
                Schedules.daily(JOB, "3:17"), new TimerConfig("session horizon", false));
    }

    /**
     * Outside a transaction, so that the claim is committed before the work starts. Never throws:
     * Payara drops a timer whose delivery fails twice, and tomorrow's run must still come.
     */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void extend() {
        LocalDate night = LocalDate.now(clock);
        try {
            if (!claims.claim(JOB, night, "system", clock.instant())) {
                LOG.info(() -> "Session horizon " + night + ": not claimed by this instance");
                return;
            }
            int made = sessions.extendAll();
            LOG.info(
                    () ->
                            "Session horizon "
                                    + night
                                    + " extended: "
                                    + made
                                    + " sessions generated");
        } catch (RuntimeException e) {
            LOG.warning(
                    () ->
                            "Session horizon "
                                    + night
                                    + " failed ("
                                    + e.getClass().getSimpleName()
                                    + "); the next night's run catches up");
        }
    }
}
