package org.openiop.incident.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openiop.incident.boundary.Incidents;
import org.openiop.incident.entity.IncidentKind;
import org.openiop.incident.entity.IncidentSummary;
import org.openiop.participant.boundary.Participants;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.web.PageMessages;
import org.openiop.program.boundary.Sessions;
import org.openiop.program.entity.SessionSummary;
import org.openiop.security.web.SignedInUser;

/**
 * Reporting a problem, from the portal (a participant, about one of their recent sessions or none)
 * or the console (staff). The report goes to the privacy officer; the page says so and no more.
 */
@Named
@ViewScoped
public class ReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient Incidents incidents;

    @EJB transient Sessions sessions;

    @EJB transient Participants participants;

    @Inject SignedInUser user;

    private IncidentKind kind;
    private String session;
    private String notes;
    private transient List<SessionSummary> recent;

    public void report() {
        try {
            UUID sessionId = session == null || session.isBlank() ? null : UUID.fromString(session);
            incidents.report(kind, sessionId, notes, user.actor());
            PageMessages.info(PageMessages.text("report.thanks"));
            kind = null;
            session = null;
            notes = null;
        } catch (IllegalArgumentException e) {
            PageMessages.error(PageMessages.text("report.noSession"));
        } catch (RequestRefused e) {
            PageMessages.error(
                    "invalid".equals(e.code()) && e.fields().containsKey("kind")
                            ? PageMessages.text("report.chooseKind")
                            : e.getMessage());
        }
    }

    /** A participant's sessions of the last week and today, to say which one it was about. */
    public List<SessionSummary> getRecentSessions() {
        if (recent == null) {
            Instant now = Instant.now();
            recent =
                    participants
                            .byUsername(user.getUsername(), user.actor())
                            .map(
                                    me ->
                                            sessions.ofParticipantSummaries(
                                                    me.id(),
                                                    now.minus(Duration.ofDays(7)),
                                                    now.plus(Duration.ofHours(12))))
                            .orElse(List.of());
        }
        return recent;
    }

    /** A session as the list shows it: the group and its start in the program's time zone. */
    public String label(SessionSummary s) {
        return s.groupName()
                + " · "
                + s.startsAt()
                        .atZone(s.zone())
                        .format(
                                java.time.format.DateTimeFormatter.ofPattern(
                                        "EEE yyyy-MM-dd HH:mm"));
    }

    public List<IncidentSummary> getMine() {
        return incidents.reportedBy(user.actor());
    }

    public List<IncidentKind> getKinds() {
        return List.of(IncidentKind.values());
    }

    public IncidentKind getKind() {
        return kind;
    }

    public void setKind(IncidentKind v) {
        kind = v;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String v) {
        session = v;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String v) {
        notes = v;
    }
}
