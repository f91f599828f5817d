package org.openiop.program.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.Actor;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.platform.boundary.Conflict;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.program.control.GroupAccess;
import org.openiop.program.control.ProgramScope;
import org.openiop.program.entity.AgeBand;
import org.openiop.program.entity.HourThresholds;
import org.openiop.program.entity.Program;
import org.openiop.program.entity.ProgramAdmin;
import org.openiop.program.entity.ProgramSummary;

/** Reads and changes programs; the only place their transactions begin. */
@Stateless
public class Programs {

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @EJB AuditTrail audit;

    @Inject ProgramScope scope;

    private final Clock clock = Clock.systemUTC();

    /** Every program, open or closed, by name. */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<Program> all() {
        return em.createNamedQuery(Program.ALL, Program.class).getResultList();
    }

    /** {@link #all()} as summaries, for pages and REST views. */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<ProgramSummary> summaries() {
        return all().stream().map(ProgramSummary::of).toList();
    }

    /**
     * {@link #find(UUID)} as a summary, for pages and REST views.
     *
     * @throws RequestRefused (not-found) for an unknown id
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public ProgramSummary summary(UUID id) {
        return ProgramSummary.of(find(id));
    }

    /**
     * @throws RequestRefused (not-found) for an unknown id
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public Program find(UUID id) {
        Program program = id == null ? null : em.find(Program.class, id);
        if (program == null) {
            throw new NotFound("There is no program with that id.");
        }
        return program;
    }

    /**
     * Programs open today, each judged by the calendar day in its own time zone (at 8 a.m. in
     * Chicago it is already tomorrow in Guam), ordered by name.
     */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<Program> runningToday(Clock clock) {
        LocalDate utcToday = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        // Every time zone's today lies within a day of UTC's; narrow in SQL, decide per program.
        return em
                .createNamedQuery(Program.OVERLAPPING, Program.class)
                .setParameter("from", utcToday.minusDays(1))
                .setParameter("to", utcToday.plusDays(1))
                .getResultList()
                .stream()
                .filter(p -> p.runsOn(LocalDate.now(clock.withZone(ZoneId.of(p.getTimeZone())))))
                .toList();
    }

    /** {@link #runningToday(Clock)} as summaries, for pages and REST views. */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<ProgramSummary> summariesRunningToday(Clock clock) {
        return runningToday(clock).stream().map(ProgramSummary::of).toList();
    }

    /**
     * A new program, run from now on by the admin who made it.
     *
     * @throws RequestRefused (invalid) naming what to fix; nothing is saved then
     */
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public Program create(ProgramForm form, Actor actor) {
        GroupAccess.requireAdmin(actor);
        Program program;
        try {
            program =
                    new Program(
                            form.name(),
                            form.levelOfCare(),
                            form.timeZone(),
                            form.startsOn(),
                            form.endsOn());
            apply(program, form);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Invalid(e.getMessage());
        }
        em.persist(program);
        em.persist(
                new ProgramAdmin(
                        program.getId(), actor.username(), actor.username(), clock.instant()));
        audit.record(
                actor.username(),
                "program.create",
                program.getId().toString(),
                null,
                AuditRecord.SUCCESS);
        audit.record(
                actor.username(),
                "program.admin.assign",
                program.getId().toString(),
                actor.username(),
                AuditRecord.SUCCESS);
        return program;
    }

    /**
     * @throws RequestRefused (invalid) naming what to fix, or (not-found); nothing is saved then
     */
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public Program update(UUID id, ProgramForm form, Actor actor) {
        Program program = find(id);
        scope.requireAdminOf(em, actor, program.getId());
        try {
            apply(program, form);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Invalid(e.getMessage());
        }
        audit.record(
                actor.username(),
                "program.update",
                program.getId().toString(),
                null,
                AuditRecord.SUCCESS);
        return program;
    }

    /**
     * Switches a plugin on or off for one program (program admins).
     *
     * @throws RequestRefused (invalid) for a malformed plugin id
     */
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public Program switchPlugin(UUID programId, String pluginId, boolean enabled, Actor actor) {
        Program program = find(programId);
        scope.requireAdminOf(em, actor, program.getId());
        try {
            program.switchPlugin(pluginId, enabled);
        } catch (IllegalArgumentException e) {
            throw new Invalid(e.getMessage());
        }
        audit.record(
                actor.username(),
                "program.plugin." + (enabled ? "on" : "off"),
                programId.toString(),
                pluginId,
                AuditRecord.SUCCESS);
        return program;
    }

    /** Whether the actor may change this program (for pages that offer the controls). */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public boolean mayChange(UUID programId, Actor actor) {
        return scope.administers(em, actor, programId);
    }

    /** The program's administrators, for staff who may see the program. */
    @RolesAllowed({
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.AUDITOR,
        Role.Names.PRIVACY_OFFICER
    })
    public List<ProgramAdmin> admins(UUID programId) {
        return em.createNamedQuery(ProgramAdmin.OF_PROGRAM, ProgramAdmin.class)
                .setParameter("program", find(programId).getId())
                .getResultList();
    }

    /**
     * Makes another program admin an administrator of this program; only an administrator of it
     * may. Audited with who assigned whom.
     *
     * @throws RequestRefused (invalid) for a blank name, (conflict) when already assigned
     */
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public ProgramAdmin assignAdmin(UUID programId, String username, Actor actor) {
        Program program = find(programId);
        scope.requireAdminOf(em, actor, program.getId());
        ProgramAdmin assignment;
        try {
            assignment =
                    new ProgramAdmin(program.getId(), username, actor.username(), clock.instant());
        } catch (IllegalArgumentException e) {
            throw new Invalid(e.getMessage(), java.util.Map.of("username", "required"));
        }
        if (!em.createNamedQuery(ProgramAdmin.ONE, ProgramAdmin.class)
                .setParameter("program", program.getId())
                .setParameter("username", assignment.getUsername())
                .getResultList()
                .isEmpty()) {
            throw new Conflict(assignment.getUsername() + " already administers this program.");
        }
        em.persist(assignment);
        audit.record(
                actor.username(),
                "program.admin.assign",
                program.getId().toString(),
                assignment.getUsername(),
                AuditRecord.SUCCESS);
        return assignment;
    }

    /**
     * Ends an administrator's assignment; a program keeps at least one.
     *
     * @throws RequestRefused (not-found) for someone not assigned, (conflict) for the last one
     */
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public void removeAdmin(UUID programId, String username, Actor actor) {
        Program program = find(programId);
        scope.requireAdminOf(em, actor, program.getId());
        List<ProgramAdmin> all = admins(program.getId());
        ProgramAdmin gone =
                all.stream()
                        .filter(a -> a.getUsername().equals(username))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new NotFound(
                                                "That account does not administer this program."));
        if (all.size() == 1) {
            throw new Conflict(
                    "A program keeps at least one administrator: add another before removing this"
                            + " one.");
        }
        em.remove(gone);
        audit.record(
                actor.username(),
                "program.admin.remove",
                program.getId().toString(),
                username,
                AuditRecord.SUCCESS);
    }

    private static void apply(Program program, ProgramForm form) {
        AgeBand band = form.ageBand() == null ? AgeBand.ADULT : form.ageBand();
        program.describe(
                form.name(),
                form.levelOfCare(),
                band,
                form.timeZone(),
                form.startsOn(),
                form.endsOn());
        int minutes =
                form.weeklyMinutes() != null
                        ? form.weeklyMinutes()
                        : HourThresholds.defaultMinutes(program.getLevelOfCare(), band);
        program.setHourRules(minutes, form.stepDownWeeks() == null ? 2 : form.stepDownWeeks());
        program.operateIn(form.states() == null ? List.of() : form.states());
    }
}
