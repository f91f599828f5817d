package org.openiop.video.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openiop.platform.boundary.Role;

/**
 * The replay cache for vendor webhooks: a verified delivery is acted on the first time it arrives,
 * and the same delivery again (a captured one replayed within its signature's validity, or the
 * vendor's own retry) is acknowledged without effect. Kept in the database, so that it holds across
 * restarts and across nodes.
 */
@Stateless
public class WebhookReplays {

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "openiop.webhooks.replay-window-hours", defaultValue = "48")
    long windowHours;

    Clock clock = Clock.systemUTC();

    /**
     * Records the delivery's digest; true only the first time within the window. Its own
     * transaction, so that the mark is there before the events are acted on.
     */
    @RolesAllowed(Role.Names.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean firstTime(String pluginId, String digest) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        em.createNativeQuery("delete from webhook_delivery_seen where seen_at < ?1")
                .setParameter(1, now.minus(Duration.ofHours(windowHours)))
                .executeUpdate();
        Number seen =
                (Number)
                        em.createNativeQuery(
                                        "select count(*) from webhook_delivery_seen where digest ="
                                                + " ?1")
                                .setParameter(1, digest)
                                .getSingleResult();
        if (seen.longValue() > 0) {
            return false;
        }
        try {
            em.createNativeQuery(
                            "insert into webhook_delivery_seen (digest, plugin_id, seen_at) values"
                                    + " (?1, ?2, ?3)")
                    .setParameter(1, digest)
                    .setParameter(2, pluginId)
                    .setParameter(3, now)
                    .executeUpdate();
            return true;
        } catch (PersistenceException concurrentDuplicate) {
            // The same delivery twice at once: the primary key lets one through.
            return false;
        }
    }

    /**
     * Takes the mark back when acting on the events failed, so that the vendor's retry is acted on.
     */
    @RolesAllowed(Role.Names.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void forget(String digest) {
        em.createNativeQuery("delete from webhook_delivery_seen where digest = ?1")
                .setParameter(1, digest)
                .executeUpdate();
    }
}
