package org.openiop.console.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.openiop.attendance.boundary.HourLedgers;
import org.openiop.attendance.entity.UnderDosed;
import org.openiop.join.boundary.Joins;
import org.openiop.join.entity.JoinAttempt;
import org.openiop.platform.boundary.Role;
import org.openiop.program.boundary.Programs;
import org.openiop.program.entity.Program;
import org.openiop.security.web.SignedInUser;

/** Backs /console/index.xhtml: today's programs, and who in the user's groups is under-dosed this week. */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Programs programs;

    @Inject
    HourLedgers ledgers;

    @Inject
    SignedInUser user;

    @Inject
    Joins joins;

    private List<Program> today;
    private List<JoinAttempt> alerts;
    private List<UnderDosed> underDosed;

    public List<UnderDosed> getUnderDosed() {
        if (underDosed == null) {
            underDosed = ledgers.underDosedThisWeek(user.actor());
        }
        return underDosed;
    }

    /** Joins licensing stopped that nobody has dealt with: REVIEWs for facilitators, REVIEWs and DENYs for program admins. */
    public List<JoinAttempt> getJoinAlerts() {
        if (alerts == null) {
            alerts = user.holds(Role.CLINICIAN, Role.PROGRAM_ADMIN) ? joins.alerts(user.actor()) : List.of();
        }
        return alerts;
    }

    public List<Program> getProgramsToday() {
        if (today == null) {
            today = programs.runningToday(Clock.systemUTC());
        }
        return today;
    }
}
