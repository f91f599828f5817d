package org.openiop.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Lets one OpenIOP instance of a cluster claim a daily job's day. Every node runs the same timers;
 * each run first inserts its job and day into {@code scheduled_run}, whose primary key (job, day)
 * accepts one insert, so only the node whose insert wins does the day's work. The row is committed
 * before the work starts, so a node that dies halfway does not hand the day to another (the work
 * itself must be safe to finish later: the next day's run catches up).
 */
@ApplicationScoped
public class DailyClaims {

    private static final Logger LOG = Logger.getLogger(DailyClaims.class.getName());

    /** SQL state of a unique or primary key violation, in PostgreSQL and H2 alike. */
    static final String UNIQUE_VIOLATION = "23505";

    @Resource(lookup = "jdbc/openiop")
    DataSource dataSource;

    /**
     * True when this instance claimed {@code day} for {@code job}; false when another has it, or
     * when the database could not be asked (logged).
     */
    public boolean claim(String job, LocalDate day, String by, Instant now) {
        String instance = ManagementFactory.getRuntimeMXBean().getName() + " " + by;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "insert into scheduled_run (job, run_on, claimed_by, claimed_at)"
                                        + " values (?, ?, ?, ?)")) {
            s.setString(1, job);
            s.setObject(2, day);
            s.setString(3, instance.length() > 120 ? instance.substring(0, 120) : instance);
            s.setTimestamp(4, Timestamp.from(now));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // The database is away or refused for another reason: nobody may have the day,
                // and this node does not guess. The next day's run catches up.
                LOG.warning(
                        () ->
                                "The "
                                        + job
                                        + " run of "
                                        + day
                                        + " could not be claimed (SQL state "
                                        + e.getSQLState()
                                        + "); this node skips it");
            }
            return false;
        }
    }
}
