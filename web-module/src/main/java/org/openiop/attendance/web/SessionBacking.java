package org.openiop.attendance.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.openiop.attendance.boundary.Attendance;
import org.openiop.attendance.entity.RosterEntry;
import org.openiop.attendance.entity.SegmentSummary;
import org.openiop.join.boundary.Joins;
import org.openiop.licensing.boundary.SessionLicensing;
import org.openiop.licensing.entity.RecordedDecisionView;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.web.PageMessages;
import org.openiop.plugin.spi.Modality;
import org.openiop.program.boundary.Groups;
import org.openiop.program.boundary.Sessions;
import org.openiop.program.entity.SessionSummary;
import org.openiop.security.web.SignedInUser;

/**
 * Backs /console/sessions/session.xhtml: one session, its roster by pseudonym with presence and
 * credited minutes (refreshed every few seconds), marking and correcting attendance, and moving or
 * cancelling the session. Times are entered and shown in the program's time zone.
 */
@Named
@ViewScoped
public class SessionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm");

    @EJB transient Groups groups;

    @EJB transient Sessions sessions;

    @EJB transient Attendance attendance;

    @EJB transient SessionLicensing licensing;

    @EJB transient Joins joins;

    @Inject SignedInUser user;

    private String where;
    private Modality whereModality = Modality.VIDEO;

    private String id;
    private UUID sessionId;
    private String zone;
    private boolean runner;
    private boolean facilitator;

    /**
     * The session as last read; read again after a change or when the view comes back from storage.
     */
    private transient SessionSummary session;

    private String participant;
    private LocalTime joined;
    private LocalTime left;
    private Modality modality = Modality.VIDEO;
    private String removalReason;
    private String cancelReason;
    private LocalDate moveDay;
    private LocalTime moveStart;
    private LocalTime moveEnd;

    public void load() {
        try {
            SessionSummary s = sessions.visibleSummary(UUID.fromString(id), user.actor());
            session = s;
            runner = groups.mayRun(s.groupId(), user.actor());
            facilitator =
                    groups.visibleSummary(s.groupId(), user.actor())
                            .isFacilitatedBy(user.getUsername());
            sessionId = s.id();
            zone = s.timeZone();
            ZonedDateTime start = s.startsAt().atZone(ZoneId.of(zone));
            ZonedDateTime end = s.endsAt().atZone(ZoneId.of(zone));
            joined = start.toLocalTime();
            left = end.toLocalTime();
            moveDay = start.toLocalDate();
            moveStart = start.toLocalTime();
            moveEnd = end.toLocalTime();
        } catch (IllegalArgumentException | NullPointerException | RequestRefused e) {
            // Unknown, or another group's: the same 404 either way.
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            PageMessages.error("There is no session with that id, or it is not one of yours.");
        }
    }

    public SessionSummary getSession() {
        if (session == null && sessionId != null) {
            session = sessions.visibleSummary(sessionId, user.actor());
        }
        return session;
    }

    public List<RosterEntry> getRoster() {
        return sessionId == null ? List.of() : attendance.roster(sessionId, user.actor());
    }

    /**
     * Marks a segment; the times are on the session's local day (an end before the start runs past
     * midnight).
     */
    public void mark() {
        SessionSummary s = getSession();
        if (participant == null || participant.isBlank() || joined == null || left == null) {
            PageMessages.error("Choose the participant and give the times they joined and left.");
            return;
        }
        ZoneId programZone = ZoneId.of(zone);
        LocalDate day = s.startsAt().atZone(programZone).toLocalDate();
        Instant from = ZonedDateTime.of(day, joined, programZone).toInstant();
        Instant to =
                ZonedDateTime.of(
                                left.isBefore(joined)
                                                && s.endsAt()
                                                        .atZone(programZone)
                                                        .toLocalDate()
                                                        .isAfter(day)
                                        ? day.plusDays(1)
                                        : day,
                                left,
                                programZone)
                        .toInstant();
        try {
            attendance.mark(
                    sessionId, UUID.fromString(participant), from, to, modality, user.actor());
            PageMessages.info("Attendance marked.");
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        } catch (IllegalArgumentException e) {
            PageMessages.error("Choose the participant from the list.");
        }
    }

    public void remove(SegmentSummary segment) {
        try {
            attendance.remove(segment.id(), removalReason, user.actor());
            removalReason = null;
            PageMessages.info("The entry was removed; it stays on record with your reason.");
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    public void cancel() {
        try {
            sessions.cancel(sessionId, cancelReason, user.actor());
            session = null;
            PageMessages.info("The session was cancelled.");
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    public void move() {
        if (moveDay == null || moveStart == null || moveEnd == null) {
            PageMessages.error("Give the new day, start and end.");
            return;
        }
        ZoneId programZone = ZoneId.of(zone);
        try {
            var moved =
                    sessions.move(
                            sessionId,
                            ZonedDateTime.of(moveDay, moveStart, programZone).toInstant(),
                            ZonedDateTime.of(moveDay, moveEnd, programZone).toInstant(),
                            user.actor());
            session = null;
            moved.warnings().forEach(PageMessages::info);
            PageMessages.info("The session was moved.");
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    /** Decides, for each facilitator, for where the participant is; every decision is stored. */
    public void decideLicensing() {
        try {
            licensing.decideForSession(sessionId, where, whereModality, user.actor());
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    /**
     * Whether the signed-in clinician facilitates this group (and so joins the room from here, as
     * moderator).
     */
    public boolean isFacilitator() {
        return facilitator;
    }

    /** Opens the room with moderator rights: the browser goes straight to the vendor's link. */
    public void joinRoom() throws java.io.IOException {
        try {
            java.net.URI url = joins.facilitate(sessionId, user.actor());
            jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .redirect(url.toString());
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    /** The facilitator has contacted a participant whose join licensing stopped. */
    public void closeAlert(RosterEntry entry) {
        try {
            joins.closeAlert(entry.lastJoin().id(), user.actor());
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    public List<RecordedDecisionView> getDecisions() {
        return sessionId == null ? List.of() : licensing.ofSession(sessionId, user.actor());
    }

    public String getWhere() {
        return where;
    }

    public void setWhere(String v) {
        where = v;
    }

    public Modality getWhereModality() {
        return whereModality;
    }

    public void setWhereModality(Modality v) {
        whereModality = v;
    }

    public String local(Instant instant) {
        return instant.atZone(ZoneId.of(zone)).format(SHOWN);
    }

    public String time(Instant instant) {
        return instant.atZone(ZoneId.of(zone)).toLocalTime().toString();
    }

    public String getStatus() {
        return getSession().statusAt(Instant.now()).name();
    }

    public boolean isFound() {
        return sessionId != null;
    }

    public boolean isRunner() {
        return runner;
    }

    public String getZone() {
        return zone;
    }

    public String getId() {
        return id;
    }

    public void setId(String v) {
        id = v;
    }

    public String getParticipant() {
        return participant;
    }

    public void setParticipant(String v) {
        participant = v;
    }

    public LocalTime getJoined() {
        return joined;
    }

    public void setJoined(LocalTime v) {
        joined = v;
    }

    public LocalTime getLeft() {
        return left;
    }

    public void setLeft(LocalTime v) {
        left = v;
    }

    public Modality getModality() {
        return modality;
    }

    public void setModality(Modality v) {
        modality = v;
    }

    public String getRemovalReason() {
        return removalReason;
    }

    public void setRemovalReason(String v) {
        removalReason = v;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String v) {
        cancelReason = v;
    }

    public LocalDate getMoveDay() {
        return moveDay;
    }

    public void setMoveDay(LocalDate v) {
        moveDay = v;
    }

    public LocalTime getMoveStart() {
        return moveStart;
    }

    public void setMoveStart(LocalTime v) {
        moveStart = v;
    }

    public LocalTime getMoveEnd() {
        return moveEnd;
    }

    public void setMoveEnd(LocalTime v) {
        moveEnd = v;
    }
}
