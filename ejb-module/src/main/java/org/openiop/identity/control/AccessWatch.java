package org.openiop.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.identity.entity.AccessAlert;
import org.openiop.identity.entity.AccessAlertKind;

/**
 * Watches how much one member of staff opens: more identity reads, or more emergency views, in an
 * hour than the thresholds raises one alert for the privacy officer (and counts it in the {@code
 * openiop_access_alerts} metric), so that curiosity or a stolen account shows while it is happening
 * rather than at the next audit (HIPAA 45 CFR 164.308(a)(1)(ii)(D)). Runs in the transaction of the
 * read or grant it follows.
 */
@ApplicationScoped
public class AccessWatch {

    private static final Logger LOG = Logger.getLogger(AccessWatch.class.getName());
    static final Duration WINDOW = Duration.ofHours(1);

    @Inject
    @ConfigProperty(name = "openiop.alerts.identity-reads-per-hour", defaultValue = "30")
    int identityReadsPerHour;

    @Inject
    @ConfigProperty(name = "openiop.alerts.break-glass-per-hour", defaultValue = "3")
    int breakGlassPerHour;

    @Inject MetricRegistry metrics;

    /** After a successful {@code vault.read} by {@code staff} (already in the audit trail). */
    public Optional<AccessAlert> afterIdentityRead(EntityManager em, String staff, Instant now) {
        Number reads =
                (Number)
                        em.createNativeQuery(
                                        "select count(*) from audit_event where actor = ?1 and"
                                                + " action = 'vault.read' and outcome = ?2 and"
                                                + " occurred_at > ?3")
                                .setParameter(1, staff)
                                .setParameter(2, AuditRecord.SUCCESS)
                                .setParameter(
                                        3,
                                        OffsetDateTime.ofInstant(now.minus(WINDOW), ZoneOffset.UTC))
                                .getSingleResult();
        return raiseIfOver(
                em,
                staff,
                AccessAlertKind.IDENTITY_READS,
                reads.intValue(),
                identityReadsPerHour,
                now);
    }

    /** After {@code staff} was granted an emergency view (already persisted). */
    public Optional<AccessAlert> afterBreakGlass(EntityManager em, String staff, Instant now) {
        long grants =
                em.createQuery(
                                "select count(g) from BreakGlassGrant g where g.grantedTo = :staff"
                                        + " and g.grantedAt > :since",
                                Long.class)
                        .setParameter("staff", staff)
                        .setParameter("since", now.minus(WINDOW))
                        .getSingleResult();
        return raiseIfOver(
                em, staff, AccessAlertKind.BREAK_GLASS, (int) grants, breakGlassPerHour, now);
    }

    private Optional<AccessAlert> raiseIfOver(
            EntityManager em,
            String staff,
            AccessAlertKind kind,
            int observed,
            int threshold,
            Instant now) {
        if (observed <= threshold) {
            return Optional.empty();
        }
        long raised =
                em.createNamedQuery(AccessAlert.RAISED_SINCE, Long.class)
                        .setParameter("staff", staff)
                        .setParameter("kind", kind)
                        .setParameter("since", now.minus(WINDOW))
                        .getSingleResult();
        if (raised > 0) {
            return Optional.empty(); // one alert per person and kind per hour
        }
        AccessAlert alert = new AccessAlert(staff, kind, observed, threshold, now);
        em.persist(alert);
        metrics.counter("openiop_access_alerts", new Tag("kind", kind.name())).inc();
        // A staff username and a count: nothing about any participant.
        LOG.warning(
                () ->
                        "Access alert: "
                                + staff
                                + " "
                                + kind
                                + " "
                                + observed
                                + " in an hour (threshold "
                                + threshold
                                + ")");
        return Optional.of(alert);
    }
}
