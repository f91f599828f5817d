package org.openiop.eligibility.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
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
import javax.sql.DataSource;
import org.openiop.audit.entity.Actor;
import org.openiop.eligibility.entity.CheckTrigger;
import org.openiop.eligibility.entity.EligibilityCheck;
import org.openiop.platform.boundary.Forbidden;
import org.openiop.platform.boundary.Role;
import org.openiop.program.boundary.Memberships;
import org.openiop.program.control.ProgramScope;

/**
 * Re-checks coverage without anyone asking: for participants whose first session is within two days
 * and who were not asked about since they joined, and monthly for everyone else in a current
 * membership. Several OpenIOP instances may run the same timer; each run first claims its day in
 * {@code scheduled_run} (a primary key on job and day), and only the instance whose insert wins
 * does the work.
 */
@Singleton
@RunAs(Role.Names.SYSTEM)
public class EligibilityRechecks {

    static final String JOB = "eligibility-recheck";
    private static final Logger LOG = Logger.getLogger(EligibilityRechecks.class.getName());

    @Resource(lookup = "jdbc/openiop")
    DataSource dataSource;

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @Inject ProgramScope scope;

    @EJB EligibilityBatches batches;

    @EJB Memberships memberships;

    Clock clock = Clock.systemUTC();

    /** What a run did: whether this instance claimed the day, and how many it started checking. */
    public record Run(LocalDate day, boolean claimed, int beforeFirstSession, int monthly) {}

    @Schedule(hour = "5", minute = "30", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void daily() {
        Run run = run(LocalDate.now(clock), Actor.SYSTEM);
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
                                        : ": another instance ran it"));
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
            batches.run(null, new ArrayList<>(first), CheckTrigger.FIRST_SESSION, Actor.SYSTEM);
        }
        if (!monthly.isEmpty()) {
            batches.run(null, new ArrayList<>(monthly), CheckTrigger.MONTHLY, Actor.SYSTEM);
        }
        return new Run(day, true, first.size(), monthly.size());
    }

    /** Claims the day for this instance; false when another instance (or an earlier run) has it. */
    boolean claim(LocalDate day, Actor actor) {
        String instance = ManagementFactory.getRuntimeMXBean().getName() + " " + actor.username();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "insert into scheduled_run (job, run_on, claimed_by, claimed_at)"
                                        + " values (?, ?, ?, ?)")) {
            s.setString(1, JOB);
            s.setObject(2, day);
            s.setString(3, instance.length() > 120 ? instance.substring(0, 120) : instance);
            s.setTimestamp(4, Timestamp.from(clock.instant()));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            // The primary key refused a second claim for the day: someone else runs it.
            return false;
        }
    }
}
