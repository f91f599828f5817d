package org.openiop.program.control;

import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.openiop.audit.entity.Actor;
import org.openiop.platform.boundary.Forbidden;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.program.entity.TherapyGroup;

/**
 * Ownership of groups: a program's administrators run its groups; a clinician runs the groups they
 * facilitate; auditors, privacy officers and intake may look but not change. To anyone else a group
 * reads as not found. Participants never come through here.
 */
public final class GroupAccess {

    private GroupAccess() {}

    /**
     * Whether the actor may change this group's sessions, members and attendance: an administrator
     * of its program ({@link ProgramScope}), or one of its facilitators.
     */
    public static boolean mayRun(EntityManager em, TherapyGroup group, Actor actor) {
        return actor.has(Role.CLINICIAN) && group.isFacilitatedBy(actor.username())
                || ProgramScope.runs(em, actor, group.getProgram().getId());
    }

    /**
     * {@link #mayRun} for many groups at once: the actor's assignments are read once, not once per
     * group (a calendar of a hundred sessions is one query, not a hundred).
     */
    public static Predicate<TherapyGroup> runnable(EntityManager em, Actor actor) {
        if (ProgramScope.isGlobalAdmin(actor)) {
            return g -> true;
        }
        Set<UUID> programs = ProgramScope.assignedPrograms(em, actor);
        return g ->
                actor.has(Role.CLINICIAN) && g.isFacilitatedBy(actor.username())
                        || programs.contains(g.getProgram().getId());
    }

    /** Whether the actor may read this group's schedule, roster and hours. */
    public static boolean maySee(EntityManager em, TherapyGroup group, Actor actor) {
        return actor.hasAny(Role.AUDITOR, Role.PRIVACY_OFFICER, Role.INTAKE)
                || mayRun(em, group, actor);
    }

    /**
     * @throws NotFound when the actor may not even {@link #maySee see} the group (a refusal must
     *     not confirm that another clinician's group exists)
     * @throws RequestRefused (forbidden) when they may see it but not {@link #mayRun run} it
     */
    public static void requireRun(EntityManager em, TherapyGroup group, Actor actor) {
        requireSee(em, group, actor);
        if (!mayRun(em, group, actor)) {
            throw new Forbidden("Only this group's facilitators or a program admin may change it.");
        }
    }

    /**
     * @throws NotFound unless {@link #maySee}: to a clinician, another's group reads as unknown
     */
    public static void requireSee(EntityManager em, TherapyGroup group, Actor actor) {
        if (!maySee(em, group, actor)) {
            throw new NotFound("There is no group with that id.");
        }
    }

    /**
     * @throws RequestRefused (forbidden) unless the actor is a program admin
     */
    public static void requireAdmin(Actor actor) {
        if (!actor.has(Role.PROGRAM_ADMIN)) {
            throw new Forbidden("Only a program admin may change programs and groups.");
        }
    }
}
