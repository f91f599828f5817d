package org.openiop.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.openiop.attendance.entity.AttendanceSegment;
import org.openiop.program.control.SessionRecords;

/** A session with attendance (any segment, voided ones included) is kept when schedules change. */
@ApplicationScoped
public class AttendanceRecords implements SessionRecords {

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @Override
    public boolean anyFor(UUID sessionId) {
        return em.createNamedQuery(AttendanceSegment.COUNT_OF_SESSION, Long.class)
                        .setParameter("session", sessionId)
                        .getSingleResult()
                > 0;
    }
}
