package org.openiop.portal.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openiop.attendance.boundary.HourLedgers;
import org.openiop.consent.boundary.Agreements;
import org.openiop.consent.boundary.Consents;
import org.openiop.consent.entity.ConsentType;
import org.openiop.consent.entity.PublishedAgreement;
import org.openiop.join.boundary.Joins;
import org.openiop.participant.boundary.Participants;
import org.openiop.participant.entity.ParticipantView;
import org.openiop.platform.web.PageMessages;
import org.openiop.program.boundary.Sessions;
import org.openiop.program.entity.SessionSummary;
import org.openiop.security.web.SignedInUser;

/**
 * Backs the portal's start page: what the participant has to sign, their sessions for the next two
 * weeks in their own time zone, and their hours this week. Only their own data and no one's name.
 */
@Named
@ViewScoped
public class PortalHomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient Participants participants;

    @EJB transient Sessions sessions;

    @EJB transient Agreements agreements;

    @EJB transient Consents consents;

    @EJB transient HourLedgers ledgers;

    @Inject SignedInUser user;

    private ParticipantView me;
    private String zone;
    // Read once per view: the page asks for each of these several times while rendering.
    private transient List<SessionSummary> upcoming;
    private transient List<PublishedAgreement> toSign;
    private transient List<HourLedgers.ProgramWeeks> hours;
    private final Map<ConsentType, Boolean> missingConsents = new EnumMap<>(ConsentType.class);

    private ParticipantView me() {
        if (me == null) {
            me = participants.byUsername(user.getUsername(), user.actor()).orElse(null);
        }
        return me;
    }

    public boolean isEnrolled() {
        return me() != null;
    }

    public List<SessionSummary> getUpcoming() {
        if (upcoming == null) {
            Instant now = Instant.now();
            upcoming =
                    isEnrolled()
                            ? sessions.ofParticipantSummaries(
                                    me().id(),
                                    now.minus(Duration.ofHours(3)),
                                    now.plus(Duration.ofDays(14)))
                            : List.of();
        }
        return upcoming;
    }

    /**
     * The zone times are shown in: the participant's choice, else the first session's program, else
     * Chicago.
     */
    public String getZone() {
        if (zone == null) {
            String chosen = isEnrolled() ? participants.timeZoneOf(me().id()) : null;
            zone =
                    chosen != null
                            ? chosen
                            : getUpcoming().isEmpty()
                                    ? "America/Chicago"
                                    : getUpcoming().get(0).timeZone();
        }
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public void saveZone() {
        participants.showTimesIn(user.actor(), zone);
        PageMessages.info(PageMessages.text("portal.zoneSaved") + " " + zone);
    }

    public String when(SessionSummary s, Locale locale) {
        ZoneId z = ZoneId.of(getZone());
        return s.startsAt()
                        .atZone(z)
                        .format(
                                DateTimeFormatter.ofLocalizedDateTime(
                                                FormatStyle.FULL, FormatStyle.SHORT)
                                        .withLocale(locale)
                                        .withZone(z))
                + " – "
                + s.endsAt().atZone(z).toLocalTime();
    }

    /**
     * Whether the session's Join button shows: from 15 minutes (configurable) before the start
     * until the end.
     */
    public boolean joinable(SessionSummary s) {
        return Joins.joinOpen(s, Instant.now());
    }

    public List<PublishedAgreement> getAgreementsToSign() {
        if (toSign == null) {
            toSign = isEnrolled() ? agreements.toSign(user.actor()) : List.of();
        }
        return toSign;
    }

    public boolean isTpoMissing() {
        return missing(ConsentType.TPO);
    }

    public boolean isTelehealthMissing() {
        return missing(ConsentType.TELEHEALTH);
    }

    private boolean missing(ConsentType type) {
        return isEnrolled()
                && missingConsents.computeIfAbsent(type, t -> !consents.hasInForce(me().id(), t));
    }

    public List<HourLedgers.ProgramWeeks> getHours() {
        if (hours == null) {
            hours = isEnrolled() ? ledgers.ofParticipant(me().id(), 1) : List.of();
        }
        return hours;
    }

    public String hours(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
