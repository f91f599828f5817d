package org.openiop.console.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.openiop.attendance.boundary.HourLedgers;
import org.openiop.attendance.entity.UnderDosed;
import org.openiop.identity.boundary.AccessAlerts;
import org.openiop.identity.entity.AccessAlertSummary;
import org.openiop.join.boundary.Joins;
import org.openiop.join.entity.JoinSummary;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.web.PageMessages;
import org.openiop.program.boundary.Programs;
import org.openiop.program.entity.ProgramSummary;
import org.openiop.security.web.SignedInUser;

/**
 * Backs /console/index.xhtml: today's programs, and who in the user's groups is under-dosed this
 * week.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Programs programs;

    @Inject HourLedgers ledgers;

    @Inject SignedInUser user;

    @Inject Joins joins;

    @Inject AccessAlerts accessAlerts;

    private List<ProgramSummary> today;
    private List<JoinSummary> alerts;
    private List<UnderDosed> underDosed;
    private List<AccessAlertSummary> openAlerts;

    /**
     * For the privacy officer: staff who opened more identities or emergency views in an hour than
     * allowed.
     */
    public List<AccessAlertSummary> getAccessAlerts() {
        if (openAlerts == null) {
            openAlerts =
                    user.holds(Role.PRIVACY_OFFICER) ? accessAlerts.open(user.actor()) : List.of();
        }
        return openAlerts;
    }

    /** The privacy officer has looked into an alert. */
    public void acknowledge(UUID alertId) {
        try {
            accessAlerts.acknowledge(alertId, user.actor());
            PageMessages.info(PageMessages.text("accessAlerts.acknowledged"));
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
        openAlerts = null;
    }

    public List<UnderDosed> getUnderDosed() {
        if (underDosed == null) {
            underDosed = ledgers.underDosedThisWeek(user.actor());
        }
        return underDosed;
    }

    /**
     * Joins licensing stopped that nobody has dealt with: REVIEWs for facilitators, REVIEWs and
     * DENYs for program admins.
     */
    public List<JoinSummary> getJoinAlerts() {
        if (alerts == null) {
            alerts =
                    user.holds(Role.CLINICIAN, Role.PROGRAM_ADMIN)
                            ? joins.alerts(user.actor())
                            : List.of();
        }
        return alerts;
    }

    public List<ProgramSummary> getProgramsToday() {
        if (today == null) {
            today = programs.summariesRunningToday(Clock.systemUTC());
        }
        return today;
    }
}
