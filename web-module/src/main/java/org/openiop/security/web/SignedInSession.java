package org.openiop.security.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A browser's sign-in, as its HTTP session keeps it: who (Keycloak username and subject), which
 * realm roles (as groups, which payara-web.xml maps to roles), the ID token for the sign-out hint,
 * and the refresh token with which the sign-in is renewed, and so re-confirmed by Keycloak, each
 * time the access token it came with has expired. Serializable, so that a session can move.
 */
final class SignedInSession implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Session attribute; pages test it to know someone is signed in. */
    static final String ATTRIBUTE = "openiop.signedIn";

    private final String username;
    private final String subject;
    private List<String> groups;
    private String idToken;
    private String refreshToken;
    private Instant renewAt;
    private Instant lastActivity;

    SignedInSession(
            String username,
            String subject,
            List<String> groups,
            String idToken,
            String refreshToken,
            Instant renewAt,
            Instant signedInAt) {
        this.username = username;
        this.subject = subject;
        this.groups = List.copyOf(groups);
        this.idToken = idToken;
        this.refreshToken = refreshToken;
        this.renewAt = renewAt;
        this.lastActivity = signedInAt;
    }

    String username() {
        return username;
    }

    String subject() {
        return subject;
    }

    synchronized Set<String> groups() {
        return Set.copyOf(groups);
    }

    synchronized String idToken() {
        return idToken;
    }

    synchronized String refreshToken() {
        return refreshToken;
    }

    synchronized boolean isDueForRenewal(Instant now) {
        return !now.isBefore(renewAt);
    }

    /** Keycloak renewed the sign-in: new tokens, and the roles as they are now. */
    synchronized void renewed(
            List<String> currentGroups,
            String newIdToken,
            String newRefreshToken,
            Instant nextRenewal) {
        groups = List.copyOf(currentGroups);
        idToken = newIdToken;
        refreshToken = newRefreshToken;
        renewAt = nextRenewal;
    }

    /** The person did something (not a page polling on its own). */
    synchronized void touched(Instant now) {
        if (now.isAfter(lastActivity)) {
            lastActivity = now;
        }
    }

    /**
     * Whether nobody has done anything for longer than {@code idle} (HIPAA 45 CFR
     * 164.312(a)(2)(iii)).
     */
    synchronized boolean isIdle(Instant now, java.time.Duration idle) {
        return lastActivity.plus(idle).isBefore(now);
    }

    /** Keycloak could not be asked: keep the sign-in as it is and ask again later. */
    synchronized void postponeRenewal(Instant next) {
        renewAt = next;
    }
}
