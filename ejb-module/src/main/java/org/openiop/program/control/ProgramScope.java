package org.openiop.program.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openiop.audit.entity.Actor;
import org.openiop.platform.boundary.Forbidden;
import org.openiop.platform.boundary.Role;
import org.openiop.program.entity.ProgramAdmin;

/**
 * What a program admin may change. The realm role alone grants nothing program-specific: an admin
 * runs the programs they are assigned to ({@link ProgramAdmin}), and the few actions that reach
 * every program (plugins, their settings and rescans, credentials of any clinician) need global
 * scope, which only the deployment grants, by username, in {@code openiop.program-admins.global}
 * (minimum necessary, 45 CFR 164.308(a)(4)).
 */
@ApplicationScoped
public class ProgramScope {

    static final String GLOBAL = "openiop.program-admins.global";

    private static Set<String> globals() {
        String names = ConfigProvider.getConfig().getOptionalValue(GLOBAL, String.class).orElse("");
        return Arrays.stream(names.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }

    /** Whether the actor is a program admin with global scope. */
    public boolean isGlobal(Actor actor) {
        return isGlobalAdmin(actor);
    }

    /** Whether the actor is a program admin with global scope (for code without an instance). */
    public static boolean isGlobalAdmin(Actor actor) {
        return actor.has(Role.PROGRAM_ADMIN) && globals().contains(actor.username());
    }

    /** Whether the actor is a program admin who runs this program. */
    public boolean administers(EntityManager em, Actor actor, UUID programId) {
        return runs(em, actor, programId);
    }

    /**
     * The programs this program admin is assigned to (one query; global scope is not expanded
     * here).
     */
    public static Set<UUID> assignedPrograms(EntityManager em, Actor actor) {
        if (!actor.has(Role.PROGRAM_ADMIN)) {
            return Set.of();
        }
        return Set.copyOf(
                em.createQuery(
                                "select a.programId from ProgramAdmin a where a.username ="
                                        + " :username",
                                UUID.class)
                        .setParameter("username", actor.username())
                        .getResultList());
    }

    /**
     * Whether the actor is a program admin who runs this program (for code without an instance).
     */
    public static boolean runs(EntityManager em, Actor actor, UUID programId) {
        return actor.has(Role.PROGRAM_ADMIN)
                && (isGlobalAdmin(actor)
                        || !em.createNamedQuery(ProgramAdmin.ONE, ProgramAdmin.class)
                                .setParameter("program", programId)
                                .setParameter("username", actor.username())
                                .getResultList()
                                .isEmpty());
    }

    /**
     * @throws Forbidden unless the actor {@link #administers} the program
     */
    public void requireAdminOf(EntityManager em, Actor actor, UUID programId) {
        if (!administers(em, actor, programId)) {
            throw new Forbidden(
                    "Only an administrator of this program may change it. Ask one of them to add"
                            + " you.");
        }
    }

    /**
     * @throws Forbidden unless the actor has global scope
     */
    public void requireGlobal(Actor actor) {
        if (!isGlobal(actor)) {
            throw new Forbidden(
                    "This reaches every program: it needs a program admin with global scope "
                            + "(openiop.program-admins.global).");
        }
    }

    /**
     * Whether the clinician facilitates a group of a program this admin is assigned to (global
     * scope is not expanded here), in one query: whose credentials such an admin may record.
     */
    public boolean administersFacilitator(EntityManager em, Actor actor, String clinician) {
        return em.createQuery(
                                "select count(g) from TherapyGroup g where :clinician member of"
                                    + " g.facilitators and exists (select a.id from ProgramAdmin a"
                                    + " where a.programId = g.program.id and a.username = :admin)",
                                Long.class)
                        .setParameter("clinician", clinician == null ? "" : clinician)
                        .setParameter("admin", actor.username())
                        .getSingleResult()
                > 0;
    }
}
