package org.openiop.participant.boundary;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openiop.platform.boundary.Role;

/**
 * Looks for expired temporary passwords every minute (one indexed query when there are none). On a
 * cluster every node looks; replacing a password twice is harmless, since nobody knows either one.
 */
@Singleton
@RunAs(Role.Names.SYSTEM)
public class TemporaryPasswordExpiry {

    private static final Logger LOG = Logger.getLogger(TemporaryPasswordExpiry.class.getName());

    @EJB TemporaryPasswords passwords;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "temporary password expiry")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void expireUnusedTemporaryPasswords() {
        try {
            passwords.expireDue();
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Temporary password expiry failed; it will be tried again in a minute: {0}",
                    e.getMessage());
        }
    }
}
