package org.openiop.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.openiop.attendance.entity.AttendanceSegment;
import org.openiop.attendance.entity.SegmentSource;
import org.openiop.join.entity.TicketRedeemed;

/**
 * A redeemed join ticket goes into the attendance ledger as the participant's intent (a portal
 * segment, never credited), with the place of service and the attempt that holds the licensing
 * decision. Observed synchronously, in the join's transaction.
 */
@ApplicationScoped
public class PortalJoins {

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    void recordIntent(@Observes TicketRedeemed redeemed) {
        em.persist(
                new AttendanceSegment(
                                redeemed.sessionId(),
                                redeemed.participantId(),
                                redeemed.at(),
                                redeemed.until(),
                                redeemed.modality(),
                                SegmentSource.PORTAL,
                                redeemed.placeOfService(),
                                redeemed.username(),
                                redeemed.at())
                        .fromJoin(redeemed.attemptId(), false));
    }
}
