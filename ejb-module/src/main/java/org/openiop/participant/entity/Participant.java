package org.openiop.participant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.openiop.platform.entity.Versioned;

/**
 * A participant as everyone but intake knows them. Nothing here comes from their real identity: the
 * username is generated, the pseudonym is their choice, and the rest is bookkeeping
 * (docs/anonymity.md, invariants 1 and 2).
 */
@Entity
@Table(name = "participant")
// A preference, not a record: the last answer wins without a version check, so that the same person
// pressing Join in two tabs at once is not refused for it.
@NamedQuery(
        name = Participant.REMEMBER_JOIN,
        query =
                "update Participant p set p.lastLocation = :location, "
                        + "p.cameraChoice = :camera where p.id = :id and p.username = :username")
@NamedQuery(
        name = Participant.BY_USERNAME,
        query = "select p from Participant p where p.username = :username")
@NamedQuery(
        name = Participant.STATUS_BY_USERNAME,
        query = "select p.status from Participant p where p.username = :username")
@NamedQuery(
        name = Participant.BY_PSEUDONYM_KEY,
        query = "select p from Participant p where p.activePseudonymKey = :key")
public class Participant extends Versioned {

    public static final String BY_USERNAME = "Participant.byUsername";
    public static final String STATUS_BY_USERNAME = "Participant.statusByUsername";
    public static final String REMEMBER_JOIN = "Participant.rememberJoin";
    public static final String BY_PSEUDONYM_KEY = "Participant.byPseudonymKey";

    @Column(nullable = false, length = 40)
    private String username;

    @Column(name = "keycloak_user_id", length = 64)
    private String keycloakUserId;

    @Column(length = 24)
    private String pseudonym;

    @Column(name = "active_pseudonym_key", length = 48)
    private String activePseudonymKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ParticipantStatus status;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "enrolled_by", nullable = false, length = 80)
    private String enrolledBy;

    @Column(name = "discharged_at")
    private Instant dischargedAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "time_zone", length = 64)
    private String timeZone;

    @Column(name = "last_location", length = 2)
    private String lastLocation;

    @Column(name = "camera_choice", length = 12)
    private String cameraChoice;

    @Column(name = "temporary_password_until")
    private Instant temporaryPasswordUntil;

    protected Participant() {
        // for JPA
    }

    public Participant(String username, String enrolledBy, Instant enrolledAt) {
        newId();
        this.username = Objects.requireNonNull(username);
        this.enrolledBy = Objects.requireNonNull(enrolledBy);
        this.enrolledAt = Objects.requireNonNull(enrolledAt);
        this.status = ParticipantStatus.INVITED;
    }

    public void linkAccount(String keycloakUserId) {
        this.keycloakUserId = Objects.requireNonNull(keycloakUserId);
    }

    /**
     * Takes a pseudonym that has passed the rules; the first one makes an invited participant
     * active.
     *
     * @throws IllegalStateException once discharged
     */
    public void choosePseudonym(String pseudonym, String foldedKey) {
        if (status == ParticipantStatus.DISCHARGED) {
            throw new IllegalStateException(
                    "A discharged participant cannot change their pseudonym.");
        }
        this.pseudonym = Objects.requireNonNull(pseudonym);
        this.activePseudonymKey = Objects.requireNonNull(foldedKey);
        this.status = ParticipantStatus.ACTIVE;
    }

    /** Ends participation; the pseudonym is kept on old records but freed for others to choose. */
    public void discharge(Instant at) {
        if (status != ParticipantStatus.DISCHARGED) {
            this.status = ParticipantStatus.DISCHARGED;
            this.dischargedAt = at;
            this.activePseudonymKey = null;
        }
    }

    public void markErased(Instant at) {
        discharge(at);
        this.erasedAt = at;
        this.keycloakUserId = null;
    }

    /**
     * A temporary password was handed out; it works until {@code until} unless they set their own
     * first.
     */
    public void temporaryPasswordIssued(Instant until) {
        this.temporaryPasswordUntil = Objects.requireNonNull(until);
    }

    /** They set their own password, or the temporary one was replaced by one nobody knows. */
    public void temporaryPasswordSettled() {
        this.temporaryPasswordUntil = null;
    }

    public Instant getTemporaryPasswordUntil() {
        return temporaryPasswordUntil;
    }

    public boolean mayTakePart() {
        return status != ParticipantStatus.DISCHARGED;
    }

    public String getUsername() {
        return username;
    }

    public String getKeycloakUserId() {
        return keycloakUserId;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public ParticipantStatus getStatus() {
        return status;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public String getEnrolledBy() {
        return enrolledBy;
    }

    public Instant getDischargedAt() {
        return dischargedAt;
    }

    /** The zone the participant wants their sessions shown in; null means the program's. */
    public String getTimeZone() {
        return timeZone;
    }

    /**
     * @throws java.time.DateTimeException for an unknown zone id
     */
    public void showTimesIn(String zone) {
        this.timeZone = zone == null || zone.isBlank() ? null : java.time.ZoneId.of(zone).getId();
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    /**
     * Where the participant said they were at their last join (a state code), to pre-fill the next
     * one.
     */
    public String getLastLocation() {
        return lastLocation;
    }

    /** How they chose to join last time (a camera choice's name), remembered for next time. */
    public String getCameraChoice() {
        return cameraChoice;
    }

    public boolean isErased() {
        return erasedAt != null;
    }
}
