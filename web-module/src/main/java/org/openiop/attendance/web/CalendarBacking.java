package org.openiop.attendance.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openiop.program.boundary.Groups;
import org.openiop.program.boundary.Sessions;
import org.openiop.program.entity.GroupSummary;
import org.openiop.program.entity.SessionStatus;
import org.openiop.program.entity.SessionSummary;
import org.openiop.security.web.SignedInUser;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * Backs /console/sessions/calendar.xhtml: the sessions of the signed-in clinician's groups (every
 * group for program staff) in a PrimeFaces schedule, shown in one time zone the user picks (the
 * first of their groups' programs by default), with the next week also as a plain list.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter LISTED =
            DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm");

    @EJB transient Sessions sessions;

    @EJB transient Groups groups;

    @Inject SignedInUser user;

    private String zone;
    private ScheduleModel model;

    public String getZone() {
        if (zone == null) {
            List<GroupSummary> mine = groups.summariesOf(user.actor());
            zone = mine.isEmpty() ? "America/Chicago" : mine.get(0).timeZone();
        }
        return zone;
    }

    public void setZone(String zone) {
        this.zone = ZoneId.of(zone).getId();
        this.model = null;
    }

    public ScheduleModel getModel() {
        if (model == null) {
            model =
                    new LazyScheduleModel() {
                        private static final long serialVersionUID = 1L;

                        @Override
                        public void loadEvents(LocalDateTime start, LocalDateTime end) {
                            ZoneId z = ZoneId.of(getZone());
                            String path =
                                    FacesContext.getCurrentInstance()
                                            .getExternalContext()
                                            .getRequestContextPath();
                            for (SessionSummary s :
                                    sessions.calendarSummaries(
                                            user.actor(),
                                            start.atZone(z).toInstant(),
                                            end.atZone(z).toInstant())) {
                                boolean cancelled = s.status() == SessionStatus.CANCELLED;
                                addEvent(
                                        DefaultScheduleEvent.builder()
                                                .id(s.id().toString())
                                                .title(
                                                        s.groupName()
                                                                + (cancelled ? " (cancelled)" : ""))
                                                .startDate(LocalDateTime.ofInstant(s.startsAt(), z))
                                                .endDate(LocalDateTime.ofInstant(s.endsAt(), z))
                                                .url(
                                                        path
                                                                + "/console/sessions/session.xhtml?id="
                                                                + s.id())
                                                .styleClass(
                                                        cancelled
                                                                ? "session-cancelled"
                                                                : "session-scheduled")
                                                .editable(false)
                                                .build());
                            }
                        }
                    };
        }
        return model;
    }

    /** The next seven days as a list, for phones and screen readers. */
    public List<SessionSummary> getComingWeek() {
        Instant now = Instant.now();
        return sessions.calendarSummaries(user.actor(), now, now.plusSeconds(7 * 24 * 3600));
    }

    public String local(Instant instant) {
        return instant.atZone(ZoneId.of(getZone())).format(LISTED);
    }
}
