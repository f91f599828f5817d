package org.openiop.program.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.UUID;
import org.openiop.audit.entity.Actor;
import org.openiop.platform.boundary.Role;

/**
 * A clinician's caseload: the participants who are, or were within the look-back, members of a
 * group the clinician facilitates. A clinician sees participants, their consents and their records
 * only within it (minimum necessary, 45 CFR 164.502(b) and 164.514(d)); a participant outside it
 * reads as not found, so that a refusal does not confirm that someone is in treatment.
 */
public final class Caseload {

    /** Named parameters the {@link #CONDITION} binds with {@link #bind}. */
    private static final String CLINICIAN = "caseloadClinician";
    private static final String SINCE = "caseloadSince";

    /**
     * A JPQL condition on a participant id expression (format it with one); true when the
     * participant is in the caseload. One indexed subquery, so that lists stay one query.
     */
    public static final String CONDITION = "exists (select m.id from Membership m join m.group g where m.participantId = %s"
            + " and :" + CLINICIAN + " member of g.facilitators and (m.endsOn is null or m.endsOn >= :" + SINCE + "))";

    private Caseload() {
    }

    /**
     * Whether this caller sees only a caseload: a clinician with no role that sees everyone
     * (intake enrols, the privacy officer answers for all, a program admin runs programs).
     */
    public static boolean limits(Actor actor) {
        return actor.has(Role.CLINICIAN) && !actor.hasAny(Role.INTAKE, Role.PRIVACY_OFFICER, Role.PROGRAM_ADMIN);
    }

    /** Binds the condition's parameters for this clinician and the first day of the look-back. */
    public static <T> TypedQuery<T> bind(TypedQuery<T> query, Actor clinician, LocalDate since) {
        return query.setParameter(CLINICIAN, clinician.username()).setParameter(SINCE, since);
    }

    /** Whether the participant is in the clinician's caseload. */
    public static boolean includes(EntityManager em, Actor clinician, UUID participantId, LocalDate since) {
        return bind(em.createQuery("select count(p) from Participant p where p.id = :id and "
                + String.format(CONDITION, "p.id"), Long.class), clinician, since).setParameter("id", participantId)
                .getSingleResult() > 0;
    }

    /** Whether the caller may see this participant at all: always, unless a caseload limits them. */
    public static boolean reaches(EntityManager em, Actor actor, UUID participantId, LocalDate since) {
        return !limits(actor) || includes(em, actor, participantId, since);
    }
}
