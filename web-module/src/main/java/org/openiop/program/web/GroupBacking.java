package org.openiop.program.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.openiop.participant.boundary.Participants;
import org.openiop.participant.entity.ParticipantView;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.web.PageMessages;
import org.openiop.program.boundary.Groups;
import org.openiop.program.boundary.Scheduled;
import org.openiop.program.boundary.Sessions;
import org.openiop.program.entity.GroupSummary;
import org.openiop.program.entity.Member;
import org.openiop.program.entity.SessionSummary;
import org.openiop.security.web.SignedInUser;

/**
 * Backs /console/programs/group.xhtml: a group's settings and schedule (program admins), its
 * members by pseudonym, and its sessions, with forms to add a member or a single session.
 */
@Named
@ViewScoped
public class GroupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Separates pseudonym and username in the member search's suggestions. */
    static final String SEPARATOR = " · ";

    @EJB transient Groups groups;

    @EJB transient Sessions sessions;

    @EJB transient Participants participants;

    @Inject SignedInUser user;

    private String id;
    private Integer created;
    private UUID groupId;
    private String programName;
    private UUID programId;
    private String zone;
    private boolean runner;
    private final GroupInput input = new GroupInput();
    private String memberChoice;
    private LocalDate memberFrom = LocalDate.now();
    private LocalDate memberUntil;
    private LocalDate sessionDay = LocalDate.now();
    private LocalTime sessionStart;
    private LocalTime sessionEnd;
    private transient List<Member> roster;

    public void load() {
        try {
            GroupSummary g = groups.visibleSummary(UUID.fromString(id), user.actor());
            groupId = g.id();
            programName = g.programName();
            programId = g.programId();
            zone = g.timeZone();
            runner = groups.mayRun(g.id(), user.actor());
            input.from(g);
            if (created != null && created > 0) {
                PageMessages.info(created + " sessions were scheduled.");
            }
        } catch (IllegalArgumentException | NullPointerException | RequestRefused e) {
            // Unknown, or another clinician's: the same 404 either way.
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            PageMessages.error("There is no group with that id, or it is not one of yours.");
        }
    }

    public void save() {
        try {
            Scheduled s = groups.update(groupId, input.toForm(), user.actor());
            s.warnings().forEach(PageMessages::info);
            PageMessages.info(
                    s.sessions().isEmpty()
                            ? "Saved."
                            : "Saved; " + s.sessions().size() + " sessions were scheduled.");
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    /** Active participants whose pseudonym or username contains the text, for the member search. */
    public List<String> findParticipants(String text) {
        if (text == null || text.strip().length() < 2 || text.length() > 40) {
            return List.of();
        }
        return participants.placeable(text, user.actor()).stream()
                .map(p -> p.pseudonym() + SEPARATOR + p.username())
                .toList();
    }

    public void addMember() {
        String username =
                memberChoice == null || !memberChoice.contains(SEPARATOR)
                        ? null
                        : memberChoice.substring(
                                memberChoice.lastIndexOf(SEPARATOR) + SEPARATOR.length());
        UUID participantId =
                username == null
                        ? null
                        : participants
                                .byUsername(username, user.actor())
                                .map(ParticipantView::id)
                                .orElse(null);
        try {
            groups.addMember(groupId, participantId, memberFrom, memberUntil, user.actor());
            PageMessages.info("Added to the group.");
            memberChoice = null;
            roster = null;
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    public void endMember(Member m) {
        try {
            groups.endMember(m.membershipId(), LocalDate.now(ZoneId.of(zone)), user.actor());
            roster = null;
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    public void addSession() {
        if (sessionDay == null || sessionStart == null || sessionEnd == null) {
            PageMessages.error("Give the day, the start and the end of the session.");
            return;
        }
        ZoneId programZone = ZoneId.of(zone);
        Instant start = ZonedDateTime.of(sessionDay, sessionStart, programZone).toInstant();
        Instant end = ZonedDateTime.of(sessionDay, sessionEnd, programZone).toInstant();
        try {
            Scheduled s = sessions.add(groupId, start, end, user.actor());
            s.warnings().forEach(PageMessages::info);
            PageMessages.info("The session was added.");
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    public List<Member> getRoster() {
        if (roster == null && groupId != null) {
            roster = groups.roster(groupId, null, user.actor());
        }
        return roster == null ? List.of() : roster;
    }

    /** Sessions from two weeks ago to six weeks ahead. */
    public List<SessionSummary> getSessions() {
        if (groupId == null) {
            return List.of();
        }
        Instant now = Instant.now();
        return sessions.summariesOfGroup(
                groupId,
                now.minus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(42)),
                user.actor());
    }

    public String local(Instant instant) {
        return ZonedDateTime.ofInstant(instant, ZoneId.of(zone))
                .format(DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm"));
    }

    public String status(SessionSummary s) {
        return s.statusAt(Instant.now()).name();
    }

    public boolean isFound() {
        return groupId != null;
    }

    public boolean isAdmin() {
        return user.holds(Role.PROGRAM_ADMIN);
    }

    public boolean isRunner() {
        return runner;
    }

    public GroupInput getInput() {
        return input;
    }

    public String getProgramName() {
        return programName;
    }

    public UUID getProgramId() {
        return programId;
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

    public Integer getCreated() {
        return created;
    }

    public void setCreated(Integer v) {
        created = v;
    }

    public String getMemberChoice() {
        return memberChoice;
    }

    public void setMemberChoice(String v) {
        memberChoice = v;
    }

    public LocalDate getMemberFrom() {
        return memberFrom;
    }

    public void setMemberFrom(LocalDate v) {
        memberFrom = v;
    }

    public LocalDate getMemberUntil() {
        return memberUntil;
    }

    public void setMemberUntil(LocalDate v) {
        memberUntil = v;
    }

    public LocalDate getSessionDay() {
        return sessionDay;
    }

    public void setSessionDay(LocalDate v) {
        sessionDay = v;
    }

    public LocalTime getSessionStart() {
        return sessionStart;
    }

    public void setSessionStart(LocalTime v) {
        sessionStart = v;
    }

    public LocalTime getSessionEnd() {
        return sessionEnd;
    }

    public void setSessionEnd(LocalTime v) {
        sessionEnd = v;
    }
}
