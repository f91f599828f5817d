package org.openiop.program.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.openiop.program.entity.Program;

/** Reads and changes programs; the only place their transactions begin. */
@Stateless
public class Programs {

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    /** Every program, open or closed, by name. */
    public List<Program> all() {
        return em.createNamedQuery(Program.ALL, Program.class).getResultList();
    }

    /**
     * Programs open today, each judged by the calendar day in its own time zone (at 8 a.m. in
     * Chicago it is already tomorrow in Guam), ordered by name.
     */
    public List<Program> runningToday(Clock clock) {
        LocalDate utcToday = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        // Every time zone's today lies within a day of UTC's; narrow in SQL, decide per program.
        return em.createNamedQuery(Program.OVERLAPPING, Program.class)
                .setParameter("from", utcToday.minusDays(1))
                .setParameter("to", utcToday.plusDays(1))
                .getResultStream()
                .filter(p -> p.runsOn(LocalDate.now(clock.withZone(ZoneId.of(p.getTimeZone())))))
                .toList();
    }
}
