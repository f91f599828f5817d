package org.openiop.join.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.Actor;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.consent.boundary.Agreements;
import org.openiop.consent.boundary.Consents;
import org.openiop.consent.entity.ConsentType;
import org.openiop.consent.entity.PublishedAgreement;
import org.openiop.join.control.JoinTickets;
import org.openiop.join.entity.CameraChoice;
import org.openiop.join.entity.Gate;
import org.openiop.join.entity.JoinAttempt;
import org.openiop.join.entity.JoinSummary;
import org.openiop.join.entity.TicketRedeemed;
import org.openiop.licensing.boundary.SessionLicensing;
import org.openiop.participant.boundary.Participants;
import org.openiop.participant.entity.Participant;
import org.openiop.platform.boundary.Forbidden;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.entity.UsJurisdictions;
import org.openiop.plugin.control.LoadedPlugin;
import org.openiop.plugin.spi.JoinLink;
import org.openiop.plugin.spi.JoinRequest;
import org.openiop.plugin.spi.Verdict;
import org.openiop.program.boundary.Groups;
import org.openiop.program.boundary.Sessions;
import org.openiop.program.entity.GroupSession;
import org.openiop.program.entity.SessionStatus;
import org.openiop.program.entity.SessionSummary;
import org.openiop.video.boundary.VideoRooms;
import org.openiop.video.entity.VideoRoom;

/**
 * A participant joining a session. The gates run in {@link Gate}'s order and the first one not met
 * stops the join with its own message; a licensing REVIEW or DENY is kept (with where the
 * participant was) and alerts staff. An allowed join gets a single-use ticket, valid two minutes,
 * which the portal turns into the vendor's link; the link carries only the pseudonym and a
 * session-scoped id.
 */
@Stateless
public class Joins {

    /**
     * Consents joining needs: care by telehealth, and Part 2 consent for treatment (42 CFR 2.33).
     */
    static final List<ConsentType> NEEDED = List.of(ConsentType.TELEHEALTH, ConsentType.TPO);

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @EJB Agreements agreements;

    @EJB Consents consents;

    @EJB SessionLicensing licensing;

    @EJB Participants participants;

    @EJB Sessions sessions;

    @EJB Groups groups;

    @EJB VideoRooms rooms;

    @EJB AuditTrail audit;

    /** Attendance records the redeemed ticket as the participant's intent, in this transaction. */
    @Inject Event<TicketRedeemed> redeemed;

    Clock clock = Clock.systemUTC();

    /**
     * Why a join stopped: the gate, a stable code, and what the participant should do, in plain
     * words.
     */
    public record Stop(Gate gate, String code, String message) {
        public Gate getGate() {
            return gate;
        }

        public String getCode() {
            return code;
        }

        public String getMessage() {
            return message;
        }
    }

    /**
     * Where a participant stands before answering the join questions. The portal's join page and
     * the join REST view read it.
     *
     * @param session the session as a summary (its group's name for the page, its program's id for
     *     the agreement); shown only to a member
     * @param stop the first gate before the questions that is not met, or null when they may answer
     *     them
     * @param agreement the agreement to sign inline when that is the stop
     * @param missingConsents the consents to sign when that is the stop
     * @param lastLocation their last answer to "where are you", to pre-fill
     * @param camera their last camera choice, or camera on
     */
    public record Status(
            SessionSummary session,
            Stop stop,
            PublishedAgreement agreement,
            List<ConsentType> missingConsents,
            String lastLocation,
            CameraChoice camera,
            Instant opensAt) {
        public SessionSummary getSession() {
            return session;
        }

        public Stop getStop() {
            return stop;
        }

        public PublishedAgreement getAgreement() {
            return agreement;
        }

        public List<ConsentType> getMissingConsents() {
            return missingConsents;
        }

        public String getLastLocation() {
            return lastLocation;
        }

        public CameraChoice getCamera() {
            return camera;
        }

        public Instant getOpensAt() {
            return opensAt;
        }
    }

    /** The participant's answers: where they are, the re-affirmation, and how they join. */
    public record Answers(String location, boolean reaffirmed, CameraChoice camera) {}

    /** What pressing Join came to. */
    public sealed interface Outcome {
        /**
         * Allowed: the ticket to open {@code /portal/join/{ticket}} with, once, before it expires.
         */
        record Ticket(
                String ticket,
                Instant expiresAt,
                UUID attemptId,
                List<String> facilitatorObligations)
                implements Outcome {}

        /**
         * Stopped at a gate; {@code attemptId} is set when the stop was a licensing decision
         * (kept).
         */
        record Stopped(Stop stop, UUID attemptId) implements Outcome {}
    }

    static Duration opensBefore() {
        return ConfigProvider.getConfig()
                .getOptionalValue("openiop.join.opens-before", Duration.class)
                .orElse(Duration.ofMinutes(15));
    }

    /**
     * Whether Join is open for a session now: from a while before the start until the end, unless
     * cancelled.
     */
    public static boolean joinOpen(SessionSummary session, Instant now) {
        return session.status() != SessionStatus.CANCELLED
                && !now.isBefore(session.startsAt().minus(opensBefore()))
                && now.isBefore(session.endsAt());
    }

    /**
     * Whether a string could be a join ticket at all, before any lookup: the portal puts only such
     * a string back on its page.
     */
    public static boolean ticketWellFormed(String ticket) {
        return JoinTickets.wellFormed(ticket);
    }

    static Duration ticketValidity() {
        return ConfigProvider.getConfig()
                .getOptionalValue("openiop.join.ticket-validity", Duration.class)
                .orElse(Duration.ofMinutes(2));
    }

    /** The gates before the questions, and what to pre-fill. */
    @RolesAllowed(Role.Names.PARTICIPANT)
    public Status status(UUID sessionId, Actor self) {
        Participant me = participant(self);
        // The membership gate in status() answers a participant out of reach.
        return status(sessions.findToGate(sessionId, self), me, self);
    }

    private Status status(GroupSession session, Participant me, Actor self) {
        Instant opensAt = session.getStartsAt().minus(opensBefore());
        CameraChoice camera =
                me.getCameraChoice() == null
                        ? CameraChoice.CAMERA_ON
                        : CameraChoice.valueOf(me.getCameraChoice());
        Stop stop = membership(me, session, self).or(() -> window(session, opensAt)).orElse(null);
        PublishedAgreement agreement = null;
        List<ConsentType> missing = List.of();
        if (stop == null) {
            Optional<PublishedAgreement> unsigned =
                    agreements.unsigned(me.getId(), session.getGroup().getProgram().getId());
            if (unsigned.isPresent()) {
                agreement = unsigned.get();
                stop =
                        new Stop(
                                Gate.AGREEMENT,
                                "agreement",
                                "Please read and sign your group's confidentiality agreement first."
                                        + " You can do it right here.");
            }
        }
        if (stop == null) {
            missing = consents.missing(me.getId(), NEEDED);
            if (!missing.isEmpty()) {
                stop =
                        new Stop(
                                Gate.CONSENTS,
                                "consents",
                                "Please sign " + consentWords(missing) + " first.");
            }
        }
        return new Status(
                SessionSummary.of(session),
                stop,
                agreement,
                missing,
                me.getLastLocation(),
                camera,
                opensAt);
    }

    /**
     * Runs every gate with the participant's answers. Stops before licensing change nothing; a
     * licensing stop keeps the attempt and its decisions (staff are alerted); an allowed join keeps
     * the attempt with the re-affirmation and returns a ticket.
     *
     * @throws RequestRefused (not-found) for an unknown session
     */
    @RolesAllowed(Role.Names.PARTICIPANT)
    public Outcome join(UUID sessionId, Answers answers, Actor self) {
        Participant me = participant(self);
        // The membership gate in status() answers a participant out of reach.
        GroupSession session = sessions.findToGate(sessionId, self);
        Status status = status(session, me, self);
        if (status.stop() != null) {
            return new Outcome.Stopped(status.stop(), null);
        }
        String where =
                answers.location() == null
                        ? ""
                        : answers.location().strip().toUpperCase(Locale.ROOT);
        if (!UsJurisdictions.isCode(where)) {
            return new Outcome.Stopped(
                    new Stop(
                            Gate.LOCATION,
                            "location",
                            "Choose the US state or territory you are in right now."),
                    null);
        }
        if (answers.camera() == null) {
            // Licensing needs the modality, so the camera choice is checked first but reported in
            // its place.
            return new Outcome.Stopped(
                    new Stop(Gate.CAMERA, "camera", "Choose camera on, camera off or audio only."),
                    null);
        }
        List<SessionLicensing.Answer> decided =
                licensing.answersFor(session, where, answers.camera().modality());
        Verdict verdict = compose(decided);
        JoinAttempt attempt =
                new JoinAttempt(
                        session.getId(),
                        me.getId(),
                        clock.instant(),
                        where,
                        answers.camera(),
                        verdict);
        em.persist(attempt);
        licensing.store(session, decided, attempt.getId(), "system");
        if (!where.equals(me.getLastLocation())
                || !answers.camera().name().equals(me.getCameraChoice())) {
            participants.rememberJoin(me.getId(), where, answers.camera().name(), self);
        }
        if (verdict == Verdict.DENY) {
            audit.record(
                    self.username(),
                    "join.stopped.licensing-deny",
                    session.getId().toString(),
                    where,
                    AuditRecord.SUCCESS);
            return new Outcome.Stopped(
                    new Stop(
                            Gate.LICENSING,
                            "licensing-deny",
                            "You can't join this session online from where you are today. Your"
                                    + " program has been told and will contact you."),
                    attempt.getId());
        }
        if (verdict == Verdict.REVIEW) {
            audit.record(
                    self.username(),
                    "join.stopped.licensing-review",
                    session.getId().toString(),
                    where,
                    AuditRecord.SUCCESS);
            return new Outcome.Stopped(
                    new Stop(
                            Gate.LICENSING,
                            "licensing-review",
                            "Your facilitator will contact you before you " + "join this session."),
                    attempt.getId());
        }
        if (!answers.reaffirmed()) {
            return new Outcome.Stopped(
                    new Stop(
                            Gate.REAFFIRM,
                            "reaffirm",
                            "Confirm that you will keep what you hear in this "
                                    + "group confidential."),
                    attempt.getId());
        }
        String ticket = JoinTickets.newTicket();
        attempt.issueTicket(JoinTickets.hash(ticket), clock.instant(), ticketValidity());
        audit.record(
                self.username(),
                "join.reaffirm",
                session.getId().toString(),
                null,
                AuditRecord.SUCCESS);
        audit.record(
                self.username(),
                "join.ticket",
                session.getId().toString(),
                where,
                AuditRecord.SUCCESS);
        List<String> obligations = new ArrayList<>();
        decided.forEach(a -> a.getDecision().obligations().forEach(o -> obligations.add(o.text())));
        return new Outcome.Ticket(
                ticket, attempt.getTicketExpiresAt(), attempt.getId(), obligations);
    }

    /**
     * Uses a ticket: once, by the participant it was issued to, within its two minutes. Creates the
     * session's room on first use, records the join as the participant's intent (with the place of
     * service and the attempt that holds the licensing decision) and returns the vendor's link.
     *
     * @throws RequestRefused (ticket) for a used, expired, foreign or made-up ticket;
     *     (video-unavailable) when the vendor fails, in which case the ticket stays usable
     */
    @RolesAllowed(Role.Names.PARTICIPANT)
    public URI redeem(String ticket, Actor self) {
        Participant me = participant(self);
        Instant now = clock.instant();
        String hash = JoinTickets.wellFormed(ticket) ? JoinTickets.hash(ticket) : "-";
        int claimed =
                em.createNamedQuery(JoinAttempt.REDEEM)
                        .setParameter("now", now)
                        .setParameter("hash", hash)
                        .setParameter("participant", me.getId())
                        .executeUpdate();
        if (claimed != 1) {
            audit.recordAttempt(
                    self.username(),
                    "join.ticket-refused",
                    me.getId().toString(),
                    null,
                    AuditRecord.DENIED);
            throw new RequestRefused(
                    "ticket",
                    "This join link was already used or has expired. Go back to My sessions and"
                            + " press Join again.");
        }
        JoinAttempt attempt =
                em.createNamedQuery(JoinAttempt.BY_TICKET, JoinAttempt.class)
                        .setParameter("hash", hash)
                        .getSingleResult();
        // The ticket is this participant's (the claim above matched them), issued minutes ago
        // after the membership gate for this very session: no reach check to repeat.
        GroupSession session = sessions.findToGate(attempt.getSessionId(), self);
        LoadedPlugin plugin = rooms.pluginFor(session.getGroup());
        VideoRoom room = rooms.roomFor(session, plugin);
        CameraChoice camera = attempt.getCamera();
        JoinLink link =
                rooms.link(
                        session,
                        room,
                        plugin,
                        me.getId().toString(),
                        me.getPseudonym(),
                        JoinRequest.Role.PARTICIPANT,
                        camera != CameraChoice.CAMERA_ON,
                        camera == CameraChoice.AUDIO_ONLY);
        Instant intentEnd =
                session.getEndsAt().isAfter(now) ? session.getEndsAt() : now.plusSeconds(60);
        redeemed.fire(
                new TicketRedeemed(
                        session.getId(),
                        me.getId(),
                        now,
                        intentEnd,
                        camera.modality(),
                        attempt.getPlaceOfService(),
                        attempt.getId(),
                        self.username()));
        audit.record(
                self.username(),
                "join.redeem",
                session.getId().toString(),
                plugin.descriptor().id(),
                AuditRecord.SUCCESS);
        return link.url();
    }

    /**
     * A facilitator's link into the session's room, with moderator rights (they admit people from
     * the vendor's lobby). Opens as early as the participants' join, and works until the session
     * ends.
     *
     * @throws RequestRefused (forbidden) for anyone but the group's facilitators; (invalid) outside
     *     that time
     */
    @RolesAllowed({Role.Names.CLINICIAN, Role.Names.PROGRAM_ADMIN})
    public URI facilitate(UUID sessionId, Actor clinician) {
        GroupSession session = sessions.findToGate(sessionId, clinician);
        if (!session.getGroup().isFacilitatedBy(clinician.username())) {
            throw new Forbidden(
                    "Only this group's facilitators join its sessions from the console.");
        }
        Optional<Stop> closed = window(session, session.getStartsAt().minus(opensBefore()));
        if (closed.isPresent()) {
            throw new Invalid(closed.get().message());
        }
        LoadedPlugin plugin = rooms.pluginFor(session.getGroup());
        VideoRoom room = rooms.roomFor(session, plugin);
        JoinLink link =
                rooms.link(
                        session,
                        room,
                        plugin,
                        "facilitator:" + clinician.username(),
                        clinician.username(),
                        JoinRequest.Role.FACILITATOR,
                        false,
                        false);
        audit.record(
                clinician.username(),
                "join.facilitator",
                session.getId().toString(),
                plugin.descriptor().id(),
                AuditRecord.SUCCESS);
        return link.url();
    }

    /**
     * Open licensing alerts (REVIEW and DENY from the last week) for sessions the caller runs, or
     * all for program admins; as summaries, for the dashboard and the REST view.
     */
    @RolesAllowed({Role.Names.CLINICIAN, Role.Names.PROGRAM_ADMIN})
    public List<JoinSummary> alerts(Actor actor) {
        Instant since = clock.instant().minus(Duration.ofDays(7));
        if (actor.has(Role.PROGRAM_ADMIN)) {
            return em
                    .createNamedQuery(JoinAttempt.OPEN_ALERTS, JoinAttempt.class)
                    .setParameter("verdicts", List.of(Verdict.REVIEW, Verdict.DENY))
                    .setParameter("since", since)
                    .getResultList()
                    .stream()
                    .map(JoinSummary::of)
                    .toList();
        }
        // Two queries: the open alerts, then which of their sessions the caller facilitates (the
        // dashboard asks on every visit, and a session-by-session check cost one more per alert).
        List<JoinAttempt> open =
                em.createNamedQuery(JoinAttempt.OPEN_ALERTS, JoinAttempt.class)
                        .setParameter("verdicts", List.of(Verdict.REVIEW))
                        .setParameter("since", since)
                        .getResultList();
        Set<UUID> theirs =
                sessions.facilitatedBy(
                        open.stream().map(JoinAttempt::getSessionId).collect(Collectors.toSet()),
                        actor);
        return open.stream()
                .filter(a -> theirs.contains(a.getSessionId()))
                .map(JoinSummary::of)
                .toList();
    }

    /**
     * Someone dealt with a REVIEW or DENY alert (contacted the participant); audited. Answers the
     * closed alert as a summary.
     */
    @RolesAllowed({Role.Names.CLINICIAN, Role.Names.PROGRAM_ADMIN})
    public JoinSummary closeAlert(UUID attemptId, Actor actor) {
        JoinAttempt attempt = attemptId == null ? null : em.find(JoinAttempt.class, attemptId);
        if (attempt == null || attempt.getVerdict() == Verdict.ALLOW) {
            throw new NotFound("There is no such alert.");
        }
        if (!actor.has(Role.PROGRAM_ADMIN)
                && !sessions.findToGate(attempt.getSessionId(), actor)
                        .getGroup()
                        .isFacilitatedBy(actor.username())) {
            throw new Forbidden(
                    "Only the group's facilitators or a program admin can close this alert.");
        }
        attempt.closeAlert(actor.username(), clock.instant());
        audit.record(
                actor.username(),
                "join.alert-closed",
                attempt.getParticipantId().toString(),
                null,
                AuditRecord.SUCCESS);
        return JoinSummary.of(attempt);
    }

    /**
     * Any DENY denies; anything short of every facilitator allowing is a review; no facilitator is
     * a review too.
     */
    static Verdict compose(List<SessionLicensing.Answer> answers) {
        if (answers.isEmpty()) {
            return Verdict.REVIEW;
        }
        if (answers.stream().anyMatch(a -> a.verdict() == Verdict.DENY)) {
            return Verdict.DENY;
        }
        return answers.stream().allMatch(a -> a.verdict() == Verdict.ALLOW)
                ? Verdict.ALLOW
                : Verdict.REVIEW;
    }

    private Optional<Stop> membership(Participant me, GroupSession session, Actor self) {
        boolean member =
                me.mayTakePart()
                        && groups.isMember(
                                me.getId(), session.getGroup().getId(), session.localDay(), self);
        return member
                ? Optional.empty()
                : Optional.of(
                        new Stop(
                                Gate.MEMBERSHIP,
                                "not-a-member",
                                "You are not on this group's list for this session. If you think"
                                        + " that is wrong, contact your program."));
    }

    private Optional<Stop> window(GroupSession session, Instant opensAt) {
        Instant now = clock.instant();
        if (session.getStatus() == SessionStatus.CANCELLED) {
            return Optional.of(new Stop(Gate.WINDOW, "cancelled", "This session was cancelled."));
        }
        if (now.isBefore(opensAt)) {
            return Optional.of(
                    new Stop(
                            Gate.WINDOW,
                            "not-open-yet",
                            "Joining opens "
                                    + opensBefore().toMinutes()
                                    + " minutes before the session starts."));
        }
        if (!now.isBefore(session.getEndsAt())) {
            return Optional.of(new Stop(Gate.WINDOW, "ended", "This session has ended."));
        }
        return Optional.empty();
    }

    private static String consentWords(List<ConsentType> missing) {
        List<String> words =
                missing.stream()
                        .map(
                                t ->
                                        t == ConsentType.TELEHEALTH
                                                ? "your consent to care by telehealth"
                                                : "your consent for treatment (42 CFR Part 2)")
                        .toList();
        return String.join(" and ", words);
    }

    private Participant participant(Actor self) {
        return participants
                .self(self)
                .orElseThrow(
                        () -> new Forbidden("Only an enrolled participant can join a session."));
    }
}
