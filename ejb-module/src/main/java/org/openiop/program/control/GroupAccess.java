package org.openiop.program.control;

import org.openiop.audit.entity.Actor;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.program.entity.TherapyGroup;
import org.openiop.platform.boundary.Forbidden;
import org.openiop.platform.boundary.Role;

/**
 * Ownership of groups: program admins run every group; a clinician runs the groups they facilitate;
 * auditors and privacy officers may look but not change. Participants never come through here.
 */
public final class GroupAccess {

    private GroupAccess() {
    }

    /** Whether the actor may change this group's sessions, members and attendance. */
    public static boolean mayRun(TherapyGroup group, Actor actor) {
        return actor.has(Role.PROGRAM_ADMIN) || actor.has(Role.CLINICIAN) && group.isFacilitatedBy(actor.username());
    }

    /** Whether the actor may read this group's schedule, roster and hours. */
    public static boolean maySee(TherapyGroup group, Actor actor) {
        return mayRun(group, actor) || actor.hasAny(Role.AUDITOR, Role.PRIVACY_OFFICER, Role.INTAKE);
    }

    /** @throws RequestRefused (forbidden) unless {@link #mayRun} */
    public static void requireRun(TherapyGroup group, Actor actor) {
        if (!mayRun(group, actor)) {
            throw new Forbidden("Only this group's facilitators or a program admin may change it.");
        }
    }

    /** @throws RequestRefused (forbidden) unless {@link #maySee} */
    public static void requireSee(TherapyGroup group, Actor actor) {
        if (!maySee(group, actor)) {
            throw new Forbidden("Only this group's facilitators and program staff may see it.");
        }
    }

    /** @throws RequestRefused (forbidden) unless the actor is a program admin */
    public static void requireAdmin(Actor actor) {
        if (!actor.has(Role.PROGRAM_ADMIN)) {
            throw new Forbidden("Only a program admin may change programs and groups.");
        }
    }
}
