package org.openiop.eligibility.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.openiop.audit.entity.Actor;
import org.openiop.eligibility.entity.CheckTrigger;
import org.openiop.eligibility.entity.EligibilityCheck;
import org.openiop.platform.boundary.Forbidden;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.control.DailyClaims;
import org.openiop.platform.control.Schedules;
import org.openiop.program.boundary.Memberships;
import org.openiop.program.control.ProgramScope;

/**
 * Re-checks coverage without anyone asking: for participants whose first session is within two days
 * and who were not asked about since they joined, and monthly for everyone else in a current
 * membership. Daily at 05:30 ({@code openiop.schedule.eligibility-recheck}). Every node of a
 * cluster runs the same timer; each run first claims its day ({@link DailyClaims}), and only the
 * node whose claim wins does the work.
 */
@Singleton
@Startup
@RunAs(Role.Names.SYSTEM)
public class EligibilityRechecks {

    static final String JOB = "eligibility-recheck";
    private static final Logger LOG = Logger.getLogger(EligibilityRechecks.class.getName());

    @Resource TimerService timers;

    @Inject DailyClaims claims;

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @Inject ProgramScope scope;

    @EJB EligibilityBatches batches;

    @EJB Memberships memberships;

    Clock clock = Clock.systemUTC();

    /** What a run did: whether this instance claimed the day, and how many it started checking. */
    public record Run(LocalDate day, boolean claimed, int beforeFirstSession, int monthly) {}

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(
                Schedules.daily(JOB, "5:30"), new TimerConfig("eligibility re-check", false));
    }

    /** Never throws: Payara drops a timer whose delivery fails twice. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void daily() {
        Run run;
        try {
            run = run(LocalDate.now(clock), Actor.SYSTEM);
        } catch (RuntimeException e) {
            LOG.warning(
                    () ->
                            "Eligibility re-check failed ("
                                    + e.getClass().getSimpleName()
                                    + "); the next day's run catches up");
            return;
        }
        LOG.info(
                () ->
                        "Eligibility re-check "
                                + run.day()
                                + (run.claimed()
                                        ? ": "
                                                + run.beforeFirstSession()
                                                + " before a first "
                                                + "session, "
                                                + run.monthly()
                                                + " monthly"
                                        : ": not claimed by this instance"));
    }

    /** Runs the day's re-checks now (the timer's work; a program admin may start it by hand). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed(Role.Names.PROGRAM_ADMIN)
    public Run runNow(Actor actor) {
        if (!actor.has(Role.PROGRAM_ADMIN)) {
            throw new Forbidden("Only a program admin may start the re-checks.");
        }
        // The day's re-checks cover every program's members.
        scope.requireGlobal(actor);
        return run(LocalDate.now(clock), actor);
    }

    private Run run(LocalDate day, Actor actor) {
        if (!claim(day, actor)) {
            return new Run(day, false, 0, 0);
        }
        Set<UUID> first = new LinkedHashSet<>();
        Set<UUID> monthly = new LinkedHashSet<>();
        Instant now = clock.instant();
        Instant soon = day.plusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant monthAgo = now.minus(Duration.ofDays(30));
        for (Memberships.Placement m : memberships.runningOn(day)) {
            UUID who = m.participantId();
            Instant lastAsked =
                    em.createNamedQuery(EligibilityCheck.LAST_ASKED, Instant.class)
                            .setParameter("participant", who)
                            .getSingleResult();
            Instant joined = m.startsOn().atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant firstSession = m.firstSession();
            if (firstSession != null
                    && !firstSession.isBefore(now)
                    && firstSession.isBefore(soon)
                    && (lastAsked == null || lastAsked.isBefore(joined))) {
                first.add(who);
            } else if (lastAsked == null || lastAsked.isBefore(monthAgo)) {
                monthly.add(who);
            }
        }
        monthly.removeAll(first);
        if (!first.isEmpty()) {
            batches.checkEach(new ArrayList<>(first), CheckTrigger.FIRST_SESSION, Actor.SYSTEM);
        }
        if (!monthly.isEmpty()) {
            batches.checkEach(new ArrayList<>(monthly), CheckTrigger.MONTHLY, Actor.SYSTEM);
        }
        return new Run(day, true, first.size(), monthly.size());
    }

    /** Claims the day for this instance; false when another instance (or an earlier run) has it. */
    boolean claim(LocalDate day, Actor actor) {
        return claims.claim(JOB, day, actor.username(), clock.instant());
    }
}
