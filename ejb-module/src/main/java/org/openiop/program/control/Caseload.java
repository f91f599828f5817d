package org.openiop.program.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openiop.audit.entity.Actor;
import org.openiop.platform.boundary.Role;

/**
 * Whose records a member of staff may see (minimum necessary, 45 CFR 164.502(b) and 164.514(d)). A
 * clinician: participants who are, or were within the look-back, members of a group they
 * facilitate. A program admin without global scope: members of groups of the programs they run, and
 * participants not yet placed in any group (whom they place). Intake and the privacy officer see
 * everyone. Outside it a participant reads as not found, so that a refusal does not confirm that
 * someone is in treatment.
 */
public final class Caseload {

    private static final String CLINICIAN = "caseloadClinician";
    private static final String ADMIN = "caseloadAdmin";
    private static final String SINCE = "caseloadSince";
    private static final String TODAY = "caseloadToday";

    /** Members, now or since the look-back, of a group the clinician facilitates. */
    private static final String OF_CLINICIAN =
            "exists (select m.id from Membership m join m.group g where m.participantId = %1$s"
                    + " and :"
                    + CLINICIAN
                    + " member of g.facilitators and (m.endsOn is null or m.endsOn >= :"
                    + SINCE
                    + "))";

    /**
     * Members, now or since the look-back, of a group of a program the admin runs; or never placed
     * at all.
     */
    private static final String OF_ADMIN =
            "(exists (select m.id from Membership m join m.group g where m.participantId = %1$s"
                    + " and (m.endsOn is null or m.endsOn >= :"
                    + SINCE
                    + ") and exists (select a.id from ProgramAdmin a"
                    + " where a.programId = g.program.id and a.username = :"
                    + ADMIN
                    + ")) or not exists (select n.id from Membership n"
                    + " where n.participantId = %1$s))";

    private Caseload() {}

    /**
     * The JPQL condition on a participant id expression that limits this caller, or empty when the
     * caller sees everyone their role lets them see.
     */
    public static Optional<String> condition(Actor actor, String participantId) {
        if (actor.hasAny(Role.INTAKE, Role.PRIVACY_OFFICER) || ProgramScope.isGlobalAdmin(actor)) {
            return Optional.empty();
        }
        List<String> any = new ArrayList<>();
        if (actor.has(Role.CLINICIAN)) {
            any.add(String.format(OF_CLINICIAN, participantId));
        }
        if (actor.has(Role.PROGRAM_ADMIN)) {
            any.add(String.format(OF_ADMIN, participantId));
        }
        return any.isEmpty() ? Optional.empty() : Optional.of("(" + String.join(" or ", any) + ")");
    }

    /**
     * Binds the parameters {@link #condition} used for this caller and the first day of the
     * look-back.
     */
    public static <T> TypedQuery<T> bind(TypedQuery<T> query, Actor actor, LocalDate since) {
        if (condition(actor, "x").isEmpty()) {
            return query;
        }
        query.setParameter(SINCE, since);
        if (actor.has(Role.CLINICIAN)) {
            query.setParameter(CLINICIAN, actor.username());
        }
        if (actor.has(Role.PROGRAM_ADMIN)) {
            query.setParameter(ADMIN, actor.username());
        }
        return query;
    }

    /**
     * Whether the caller may see this participant at all. Asked of memberships only: whether the id
     * belongs to anyone the caller's own lookup finds out (an unknown id reads as unplaced here,
     * and then as not found there).
     */
    public static boolean reaches(
            EntityManager em, Actor actor, UUID participantId, LocalDate since) {
        if (condition(actor, "x").isEmpty()) {
            return true;
        }
        if (participantId == null) {
            return false;
        }
        if (actor.has(Role.CLINICIAN) && ofClinician(em, actor, participantId, since)) {
            return true;
        }
        return actor.has(Role.PROGRAM_ADMIN)
                && (countOf(
                                                em.createQuery(
                                                        "select count(m) from Membership m join"
                                                            + " m.group g where m.participantId ="
                                                            + " :id and (m.endsOn is null or"
                                                            + " m.endsOn >= :since) and exists"
                                                            + " (select a.id from ProgramAdmin a"
                                                            + " where a.programId = g.program.id"
                                                            + " and a.username = :admin)",
                                                        Long.class),
                                                participantId)
                                        .setParameter("since", since)
                                        .setParameter("admin", actor.username())
                                        .getSingleResult()
                                > 0
                        || countOf(
                                                em.createQuery(
                                                        "select count(m) from Membership m where"
                                                                + " m.participantId = :id",
                                                        Long.class),
                                                participantId)
                                        .getSingleResult()
                                == 0);
    }

    private static <T> TypedQuery<T> countOf(TypedQuery<T> query, UUID participantId) {
        return query.setParameter("id", participantId);
    }

    /**
     * Whether the participant is in the clinician's own caseload (their groups, now or since the
     * look-back).
     */
    public static boolean ofClinician(
            EntityManager em, Actor clinician, UUID participantId, LocalDate since) {
        return participantId != null
                && em.createQuery(
                                        "select count(m) from Membership m join m.group g where"
                                            + " m.participantId = :id and :clinician member of"
                                            + " g.facilitators and (m.endsOn is null or m.endsOn >="
                                            + " :since)",
                                        Long.class)
                                .setParameter("id", participantId)
                                .setParameter("clinician", clinician.username())
                                .setParameter("since", since)
                                .getSingleResult()
                        > 0;
    }

    /**
     * The JPQL condition that a participant id expression has no membership still running on {@code
     * :today} (bound with {@link #bindToday}): people nobody has placed, whom a group's runner may
     * place.
     */
    public static String unplaced(String participantId) {
        return "not exists (select m.id from Membership m where m.participantId = "
                + participantId
                + " and (m.endsOn is null or m.endsOn >= :"
                + TODAY
                + "))";
    }

    /** Binds the day {@link #unplaced} asks about. */
    public static <T> TypedQuery<T> bindToday(TypedQuery<T> query, LocalDate today) {
        return query.setParameter(TODAY, today);
    }

    /** Whether the participant has a membership still running on {@code today}. */
    public static boolean isPlaced(EntityManager em, UUID participantId, LocalDate today) {
        return !em.createQuery(
                        "select m.id from Membership m where m.participantId = :p and (m.endsOn is"
                                + " null or m.endsOn >= :today)")
                .setParameter("p", participantId)
                .setParameter("today", today)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Whether this caller's view is limited to a clinician's caseload only (no wider role). */
    public static boolean limitsToClinician(Actor actor) {
        return actor.has(Role.CLINICIAN)
                && !actor.hasAny(Role.INTAKE, Role.PRIVACY_OFFICER, Role.PROGRAM_ADMIN);
    }
}
