package org.openiop.program.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.openiop.audit.entity.Actor;
import org.openiop.platform.boundary.Role;
import org.openiop.program.control.Enrollees;
import org.openiop.program.entity.Membership;
import org.openiop.program.entity.Program;
import org.openiop.program.entity.SessionStatus;

/**
 * Who belongs to which group, for the components that build on programs (attendance, consent,
 * eligibility) and used to read memberships themselves. Each caller still decides what the actor
 * may do with the answer, as it did before; these answers hold ids and dates, no one's identity.
 */
@Stateless
public class Memberships {

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    /** Who a participant caller is, from the participant component. */
    @Inject Enrollees enrollees;

    @Resource SessionContext ctx;

    /**
     * The memberships of a program's groups that overlap from..to, for ledgers, agreement rosters
     * and eligibility batches. Read-only (Hibernate keeps no snapshot for dirty checking, since
     * reports read thousands): a change to them would not be saved; change memberships through
     * {@link Groups}.
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER,
        Role.Names.SYSTEM
    })
    public List<Membership> ofProgram(UUID programId, LocalDate from, LocalDate to) {
        return em.createNamedQuery(Membership.OF_PROGRAM, Membership.class)
                .setParameter("program", programId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setHint("org.hibernate.readOnly", true)
                .getResultList();
    }

    /**
     * A participant's memberships, every group and every day. A participant may ask about
     * themselves only: for anyone else they get none.
     */
    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER,
        Role.Names.SYSTEM
    })
    public List<Membership> ofParticipant(UUID participantId, Actor caller) {
        Objects.requireNonNull(caller, "caller");
        if (participantId == null) {
            return List.of();
        }
        if (enrollees.participantAsksAboutOthers(caller, participantId)) {
            return List.of();
        }
        return em.createNamedQuery(Membership.OF_PARTICIPANT, Membership.class)
                .setParameter("participant", participantId)
                .getResultList();
    }

    /**
     * The programs of the participant's memberships that have not ended before {@code today}, in
     * the order of {@link #ofParticipant}.
     */
    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER,
        Role.Names.SYSTEM
    })
    public List<Program> currentPrograms(UUID participantId, LocalDate today, Actor caller) {
        return ofParticipant(participantId, caller).stream()
                .filter(m -> m.getEndsOn() == null || !m.getEndsOn().isBefore(today))
                .map(m -> m.getGroup().getProgram())
                .distinct()
                .toList();
    }

    /**
     * The ids of everyone who was ever a member of the group (each once), for matching a video
     * vendor's session-scoped ids: one query, whatever the group's size.
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER,
        Role.Names.SYSTEM
    })
    public List<UUID> participantIdsOfGroup(UUID groupId) {
        return em.createQuery(
                        "select distinct m.participantId from Membership m where m.group.id ="
                                + " :group",
                        UUID.class)
                .setParameter("group", groupId)
                .getResultList();
    }

    /**
     * Every program the participant was ever a member of, for their hour ledger. A participant (and
     * no staff) asking about anyone but themselves gets none.
     */
    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<Program> everProgramsOf(UUID participantId) {
        boolean onlyParticipant =
                ctx.isCallerInRole(Role.Names.PARTICIPANT)
                        && Role.STAFF.stream().noneMatch(r -> ctx.isCallerInRole(r.realmName()));
        if (participantId == null
                || onlyParticipant
                        && !enrollees
                                .idOf(ctx.getCallerPrincipal().getName())
                                .map(participantId::equals)
                                .orElse(false)) {
            return List.of();
        }
        return em.createQuery(
                        "select distinct m.group.program from Membership m where"
                                + " m.participantId = :p",
                        Program.class)
                .setParameter("p", participantId)
                .getResultList();
    }

    /**
     * A membership running on a day, with when its group's first session on or after the day it
     * began starts (null: none yet), for the eligibility re-checks before a first session.
     */
    public record Placement(UUID participantId, LocalDate startsOn, Instant firstSession) {}

    /**
     * Every membership running on the day, each with its {@link Placement#firstSession}, for the
     * daily eligibility re-checks (the timer, or a program admin with global scope).
     */
    @RolesAllowed({Role.Names.PROGRAM_ADMIN, Role.Names.SYSTEM})
    public List<Placement> runningOn(LocalDate day) {
        List<Placement> out = new ArrayList<>();
        for (Membership m :
                em.createQuery(
                                "select m from Membership m where m.startsOn <= :day "
                                        + "and (m.endsOn is null or m.endsOn >= :day)",
                                Membership.class)
                        .setParameter("day", day)
                        .getResultList()) {
            Instant joined = m.getStartsOn().atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant firstSession =
                    em.createQuery(
                                    "select min(s.startsAt) from GroupSession s where s.group.id ="
                                            + " :group and s.startsAt >= :joined and s.status <>"
                                            + " :cancelled",
                                    Instant.class)
                            .setParameter("group", m.getGroup().getId())
                            .setParameter("joined", joined)
                            .setParameter("cancelled", SessionStatus.CANCELLED)
                            .getSingleResult();
            out.add(new Placement(m.getParticipantId(), m.getStartsOn(), firstSession));
        }
        return out;
    }
}
