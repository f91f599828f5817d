package org.openiop.program.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openiop.platform.boundary.Role;
import org.openiop.program.control.Enrollees;
import org.openiop.program.entity.GroupSession;
import org.openiop.program.entity.Membership;
import org.openiop.program.entity.Program;
import org.openiop.program.entity.TherapyGroup;
import org.openiop.program.entity.WeeklySchedule;

/**
 * With {@code openiop.demo-data=true} (quick start and tests only), gives the demo adult program an
 * evening group that demo-clinician facilitates, with the three demo participants as members, so
 * the calendar, session pages and hours report have something to show at first start.
 */
@Singleton
@Startup
@DependsOn("DemoParticipants")
@RunAs(Role.Names.SYSTEM)
public class DemoGroups {

    private static final Logger LOG = Logger.getLogger(DemoGroups.class.getName());
    static final UUID EVENING_ADULT_IOP = UUID.fromString("6f1d2c3e-0000-4000-8000-000000000001");
    static final String GROUP_NAME = "Evening Process Group";

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @EJB Sessions sessions;

    @Inject Enrollees enrollees;

    @PostConstruct
    void createDemoGroup() {
        boolean demo =
                ConfigProvider.getConfig()
                        .getOptionalValue("openiop.demo-data", Boolean.class)
                        .orElse(false);
        Program program = demo ? em.find(Program.class, EVENING_ADULT_IOP) : null;
        if (program == null
                || !em.createNamedQuery(TherapyGroup.OF_PROGRAM, TherapyGroup.class)
                        .setParameter("program", program.getId())
                        .getResultList()
                        .isEmpty()) {
            return;
        }
        program.operateIn(List.of("IL", "IN", "WI", "CA", "FL"));
        TherapyGroup group =
                new TherapyGroup(
                        program,
                        GROUP_NAME,
                        TherapyGroup.DEFAULT_CAPACITY,
                        null,
                        List.of("demo-clinician"));
        group.reschedule(
                new WeeklySchedule(
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                        LocalTime.of(18, 0),
                        LocalTime.of(21, 0),
                        program.getStartsOn(),
                        null));
        em.persist(group);
        LocalDate joined = LocalDate.now(program.zone()).minusWeeks(4);
        for (UUID participant : enrollees.demoParticipants()) {
            em.persist(
                    new Membership(group, participant, joined, null, "demo-data", Instant.now()));
        }
        List<GroupSession> made = sessions.generate(group).sessions();
        LOG.info(() -> "Demo group created with " + made.size() + " sessions");
    }
}
