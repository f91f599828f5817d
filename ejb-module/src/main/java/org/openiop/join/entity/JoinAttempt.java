package org.openiop.join.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openiop.platform.entity.Keyed;
import org.openiop.plugin.spi.Verdict;

/**
 * One press of Join that got as far as the licensing decision: where the participant said they were
 * (the place of service), how they chose to join and the composed verdict. An allowed attempt
 * carries the confidentiality re-affirmation and a single-use ticket (only its hash is kept); a
 * REVIEW or DENY is an alert for staff until someone closes it.
 */
@Entity
@Table(name = "join_attempt")
@NamedQuery(
        name = JoinAttempt.OF_SESSION,
        query =
                "select a from JoinAttempt a where a.sessionId = :session "
                        + "order by a.attemptedAt")
@NamedQuery(
        name = JoinAttempt.REDEEM,
        query =
                "update JoinAttempt a set a.ticketUsedAt = :now where a.ticketHash = :hash and"
                        + " a.participantId = :participant and a.ticketUsedAt is null and"
                        + " a.ticketExpiresAt > :now")
@NamedQuery(
        name = JoinAttempt.BY_TICKET,
        query = "select a from JoinAttempt a where a.ticketHash = :hash")
@NamedQuery(
        name = JoinAttempt.OPEN_ALERTS,
        query =
                "select a from JoinAttempt a where a.verdict in :verdicts and a.alertClosedAt is"
                        + " null and a.attemptedAt > :since order by a.attemptedAt desc")
public class JoinAttempt extends Keyed {

    public static final String OF_SESSION = "JoinAttempt.ofSession";
    public static final String REDEEM = "JoinAttempt.redeem";
    public static final String BY_TICKET = "JoinAttempt.byTicket";
    public static final String OPEN_ALERTS = "JoinAttempt.openAlerts";

    @Column(name = "session_id", nullable = false)
    private UUID sessionId;

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "place_of_service", nullable = false, length = 2)
    private String placeOfService;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CameraChoice camera;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Verdict verdict;

    @Column(name = "reaffirmed_at")
    private Instant reaffirmedAt;

    @Column(name = "ticket_hash", length = 64)
    private String ticketHash;

    @Column(name = "ticket_expires_at")
    private Instant ticketExpiresAt;

    @Column(name = "ticket_used_at")
    private Instant ticketUsedAt;

    @Column(name = "alert_closed_by", length = 80)
    private String alertClosedBy;

    @Column(name = "alert_closed_at")
    private Instant alertClosedAt;

    protected JoinAttempt() {
        // for JPA
    }

    public JoinAttempt(
            UUID sessionId,
            UUID participantId,
            Instant at,
            String placeOfService,
            CameraChoice camera,
            Verdict verdict) {
        if (verdict == Verdict.ABSTAIN) {
            throw new IllegalArgumentException(
                    "A join's verdict is composed: ALLOW, REVIEW or DENY.");
        }
        newId();
        this.sessionId = Objects.requireNonNull(sessionId);
        this.participantId = Objects.requireNonNull(participantId);
        this.attemptedAt = Objects.requireNonNull(at);
        this.placeOfService = Objects.requireNonNull(placeOfService);
        this.camera = Objects.requireNonNull(camera);
        this.verdict = Objects.requireNonNull(verdict);
    }

    /**
     * Records the re-affirmation and the ticket. Only an allowed join gets one.
     *
     * @throws IllegalStateException for a REVIEW or DENY attempt
     */
    public void issueTicket(String hash, Instant reaffirmed, Duration validity) {
        if (verdict != Verdict.ALLOW) {
            throw new IllegalStateException("Only an allowed join gets a ticket.");
        }
        this.reaffirmedAt = Objects.requireNonNull(reaffirmed);
        this.ticketHash = Objects.requireNonNull(hash);
        this.ticketExpiresAt = reaffirmed.plus(validity);
    }

    /** Whether the ticket could still be used at that instant (not used, not expired). */
    public boolean ticketUsable(Instant at) {
        return ticketHash != null && ticketUsedAt == null && at.isBefore(ticketExpiresAt);
    }

    /** Staff dealt with a REVIEW or DENY alert. */
    public void closeAlert(String by, Instant at) {
        if (alertClosedAt == null) {
            this.alertClosedBy = Objects.requireNonNull(by);
            this.alertClosedAt = Objects.requireNonNull(at);
        }
    }

    public boolean isAlertOpen() {
        return verdict != Verdict.ALLOW && alertClosedAt == null;
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public String getPlaceOfService() {
        return placeOfService;
    }

    public CameraChoice getCamera() {
        return camera;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public Instant getReaffirmedAt() {
        return reaffirmedAt;
    }

    public Instant getTicketExpiresAt() {
        return ticketExpiresAt;
    }

    public Instant getTicketUsedAt() {
        return ticketUsedAt;
    }

    public String getAlertClosedBy() {
        return alertClosedBy;
    }

    public Instant getAlertClosedAt() {
        return alertClosedAt;
    }
}
