package org.openiop.attendance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openiop.attendance.control.CreditedTime;
import org.openiop.attendance.entity.AttendanceSegment;
import org.openiop.attendance.entity.RosterEntry;
import org.openiop.attendance.entity.RosterEntry.Presence;
import org.openiop.attendance.entity.SegmentSource;
import org.openiop.attendance.entity.SegmentSummary;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.Actor;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.incident.boundary.Incidents;
import org.openiop.join.boundary.JoinAttempts;
import org.openiop.join.entity.JoinAttempt;
import org.openiop.join.entity.JoinSummary;
import org.openiop.licensing.boundary.SessionLicensing;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.plugin.spi.AttendanceEvent;
import org.openiop.plugin.spi.Modality;
import org.openiop.program.boundary.Groups;
import org.openiop.program.boundary.Memberships;
import org.openiop.program.boundary.Sessions;
import org.openiop.program.control.GroupAccess;
import org.openiop.program.entity.GroupSession;
import org.openiop.program.entity.Member;
import org.openiop.program.entity.SessionStatus;
import org.openiop.video.boundary.VideoRooms;
import org.openiop.video.control.VendorIds;
import org.openiop.video.entity.VideoRoom;

/** Marking and correcting attendance, and the session roster with it. Every change is audited. */
@Stateless
public class Attendance {

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @EJB AuditTrail audit;

    @EJB Sessions sessions;

    @EJB Groups groups;

    @EJB VideoRooms rooms;

    @EJB Incidents incidents;

    @EJB JoinAttempts joinAttempts;

    @EJB SessionLicensing licensing;

    @EJB Memberships memberships;

    /** How far ahead of now a join time may lie (clocks differ a little). */
    static final Duration MARK_AHEAD = Duration.ofMinutes(5);

    Clock clock = Clock.systemUTC();

    /**
     * Marks a stretch of presence by hand.
     *
     * @throws RequestRefused (invalid) when the times are reversed, the session is cancelled, or
     *     the participant was not a member that day; (forbidden) for someone who does not run the
     *     group
     */
    @RolesAllowed({Role.Names.CLINICIAN, Role.Names.PROGRAM_ADMIN})
    public SegmentSummary mark(
            UUID sessionId,
            UUID participantId,
            Instant joinedAt,
            Instant leftAt,
            Modality modality,
            Actor actor) {
        GroupSession session = sessions.find(sessionId);
        GroupAccess.requireRun(em, session.getGroup(), actor);
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw new Invalid("This session was cancelled; attendance cannot be marked for it.");
        }
        if (joinedAt != null && joinedAt.isAfter(clock.instant().plus(MARK_AHEAD))) {
            throw new Invalid(
                    "Attendance cannot be marked ahead of time.",
                    Map.of("joinedAt", "in the future"));
        }
        LocalDate day = session.localDay();
        boolean member =
                groups.roster(session.getGroup().getId(), day, actor).stream()
                        .anyMatch(m -> m.participantId().equals(participantId));
        if (!member) {
            throw new Invalid(
                    "That participant was not a member of this group on " + day + ".",
                    Map.of("participant", "not a member that day"));
        }
        AttendanceSegment segment;
        try {
            segment =
                    new AttendanceSegment(
                            sessionId,
                            participantId,
                            joinedAt,
                            leftAt,
                            modality,
                            SegmentSource.MANUAL,
                            null,
                            actor.username(),
                            clock.instant());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Invalid(e.getMessage(), Map.of("leftAt", String.valueOf(e.getMessage())));
        }
        em.persist(segment);
        audit.record(
                actor.username(),
                "attendance.mark",
                participantId.toString(),
                null,
                AuditRecord.SUCCESS);
        return SegmentSummary.of(segment);
    }

    /** Removes a segment, keeping who removed it and why. */
    @RolesAllowed({Role.Names.CLINICIAN, Role.Names.PROGRAM_ADMIN})
    public SegmentSummary remove(UUID segmentId, String reason, Actor actor) {
        AttendanceSegment segment =
                segmentId == null ? null : em.find(AttendanceSegment.class, segmentId);
        if (segment == null) {
            throw new NotFound("There is no attendance entry with that id.");
        }
        GroupAccess.requireRun(em, sessions.find(segment.getSessionId()).getGroup(), actor);
        try {
            segment.voidIt(actor.username(), reason, clock.instant());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new Invalid(e.getMessage(), Map.of("reason", e.getMessage()));
        }
        audit.record(
                actor.username(),
                "attendance.remove",
                segment.getParticipantId().toString(),
                null,
                AuditRecord.SUCCESS);
        return SegmentSummary.of(segment);
    }

    /**
     * The session's roster by pseudonym, with each member's segments, credited time and presence.
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<RosterEntry> roster(UUID sessionId, Actor actor) {
        GroupSession session = sessions.find(sessionId);
        GroupAccess.requireSee(em, session.getGroup(), actor);
        List<Member> members = groups.roster(session.getGroup().getId(), session.localDay(), actor);
        List<AttendanceSegment> all =
                em.createNamedQuery(AttendanceSegment.OF_SESSION, AttendanceSegment.class)
                        .setParameter("session", sessionId)
                        .getResultList();
        Instant now = clock.instant();
        Map<UUID, JoinAttempt> lastJoins = new HashMap<>();
        joinAttempts
                .ofSession(sessionId, actor)
                .forEach(
                        a ->
                                lastJoins.put(
                                        a.getParticipantId(),
                                        a)); // ordered by time: the latest wins
        Map<UUID, List<String>> obligations = licensing.obligationsOfJoins(sessionId, actor);
        List<RosterEntry> out = new ArrayList<>();
        for (Member m : members) {
            List<AttendanceSegment> theirs =
                    all.stream()
                            .filter(a -> a.getParticipantId().equals(m.participantId()))
                            .toList();
            List<AttendanceSegment> live = theirs.stream().filter(a -> !a.isVoided()).toList();
            // The portal's join is an intent, not presence; only marked and vendor-reported time is
            // credited.
            Duration credited =
                    CreditedTime.of(
                                    session.getStartsAt(),
                                    session.getEndsAt(),
                                    live.stream()
                                            .filter(a -> a.getSource() != SegmentSource.PORTAL)
                                            .map(
                                                    a ->
                                                            new CreditedTime.Span(
                                                                    a.getJoinedAt(),
                                                                    a.getLeftAt(),
                                                                    a.getModality()))
                                            .toList())
                            .total();
            JoinAttempt last = lastJoins.get(m.participantId());
            out.add(
                    new RosterEntry(
                            m.participantId(),
                            m.pseudonym(),
                            theirs.stream().map(SegmentSummary::of).toList(),
                            credited,
                            presence(session, live, now),
                            last == null ? null : JoinSummary.of(last),
                            last == null
                                    ? List.of()
                                    : List.copyOf(
                                            new java.util.LinkedHashSet<>(
                                                    obligations.getOrDefault(
                                                            last.getId(), List.of())))));
        }
        return out;
    }

    /**
     * Turns a video vendor's verified events into attendance: a join opens a segment (its end is
     * the session's end until the vendor reports the leave), a leave or the room's end closes it.
     * The vendor knows people only by their session-scoped ids; they are matched against the
     * group's members here. Each segment keeps the place of service and the licensing verdict of
     * the join it came from. A recording that starts opens an incident. Events for unknown rooms or
     * people (a facilitator, a guest) are skipped.
     *
     * @return how many events changed the ledger or opened an incident
     */
    @RolesAllowed(Role.Names.SYSTEM)
    public int fromVendor(String pluginId, List<AttendanceEvent> events) {
        int changed = 0;
        for (AttendanceEvent e : events) {
            Optional<VideoRoom> room = rooms.byVendorId(pluginId, e.roomId());
            if (room.isEmpty()) {
                continue;
            }
            GroupSession session = sessions.find(room.get().getSessionId(), Actor.SYSTEM);
            switch (e.type()) {
                case JOINED -> changed += joined(session, pluginId, e) ? 1 : 0;
                case LEFT ->
                        changed +=
                                participant(session, e.participantRef())
                                        .map(
                                                p ->
                                                        close(
                                                                em.createNamedQuery(
                                                                                AttendanceSegment
                                                                                        .OPEN_FROM_VENDOR,
                                                                                AttendanceSegment
                                                                                        .class)
                                                                        .setParameter(
                                                                                "session",
                                                                                session.getId())
                                                                        .setParameter(
                                                                                "participant", p)
                                                                        .getResultList(),
                                                                e.at()))
                                        .orElse(0);
                case ROOM_ENDED ->
                        changed +=
                                close(
                                        em.createNamedQuery(
                                                        AttendanceSegment.ALL_OPEN_IN_SESSION,
                                                        AttendanceSegment.class)
                                                .setParameter("session", session.getId())
                                                .getResultList(),
                                        e.at());
                case RECORDING_STARTED -> {
                    incidents.recordingStarted(session.getId(), e.roomId(), pluginId);
                    changed++;
                }
                default -> {
                    // a type this version does not track
                }
            }
        }
        return changed;
    }

    private boolean joined(GroupSession session, String pluginId, AttendanceEvent e) {
        Optional<UUID> who = participant(session, e.participantRef());
        if (who.isEmpty()) {
            return false;
        }
        UUID participant = who.get();
        boolean alreadyIn =
                !em.createNamedQuery(AttendanceSegment.OPEN_FROM_VENDOR, AttendanceSegment.class)
                        .setParameter("session", session.getId())
                        .setParameter("participant", participant)
                        .getResultList()
                        .isEmpty();
        if (alreadyIn) {
            return false; // vendors repeat deliveries
        }
        JoinAttempt attempt =
                joinAttempts.ofSession(session.getId(), Actor.SYSTEM).stream()
                        .filter(
                                a ->
                                        a.getParticipantId().equals(participant)
                                                && a.getTicketUsedAt() != null)
                        .reduce((first, second) -> second)
                        .orElse(null);
        Modality modality =
                e.modality() != null
                        ? e.modality()
                        : attempt != null ? attempt.getCamera().modality() : Modality.VIDEO;
        Instant until =
                session.getEndsAt().isAfter(e.at()) ? session.getEndsAt() : e.at().plusSeconds(1);
        em.persist(
                new AttendanceSegment(
                                session.getId(),
                                participant,
                                e.at(),
                                until,
                                modality,
                                SegmentSource.VENDOR,
                                attempt == null ? null : attempt.getPlaceOfService(),
                                "vendor:" + pluginId,
                                clock.instant())
                        .fromJoin(attempt == null ? null : attempt.getId(), true));
        audit.record(
                "system",
                "attendance.vendor-joined",
                participant.toString(),
                pluginId,
                AuditRecord.SUCCESS);
        return true;
    }

    private static int close(List<AttendanceSegment> open, Instant at) {
        open.forEach(s -> s.close(at));
        return open.size();
    }

    /** The member whose session-scoped id this is, if any. */
    private Optional<UUID> participant(GroupSession session, String ref) {
        if (ref == null) {
            return Optional.empty();
        }
        VendorIds ids = rooms.vendorIds();
        return memberships.participantIdsOfGroup(session.getGroup().getId()).stream()
                .filter(p -> ids.of(session.getId(), p.toString()).equals(ref))
                .findFirst();
    }

    private static Presence presence(
            GroupSession session, List<AttendanceSegment> live, Instant now) {
        boolean inRoom =
                live.stream()
                        .anyMatch(
                                a ->
                                        !a.getJoinedAt().isAfter(now)
                                                && a.getLeftAt().isAfter(now)
                                                && a.getSource() != SegmentSource.PORTAL);
        if (inRoom) {
            return Presence.IN_ROOM;
        }
        boolean cameAtAll = live.stream().anyMatch(a -> a.getSource() != SegmentSource.PORTAL);
        if (cameAtAll) {
            return Presence.LEFT;
        }
        if (live.stream().anyMatch(a -> a.getSource() == SegmentSource.PORTAL)) {
            return Presence.WAITING;
        }
        return now.isBefore(session.getEndsAt()) ? Presence.NOT_YET : Presence.NEVER_CAME;
    }
}
