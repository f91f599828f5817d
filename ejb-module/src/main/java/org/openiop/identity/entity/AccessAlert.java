package org.openiop.identity.entity;

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
 * A member of staff opened more identities, or emergency views, in an hour than the threshold: the
 * privacy officer looks into it and acknowledges it. It names the staff member and counts; never a
 * participant.
 */
@Entity
@Table(name = "access_alert")
@NamedQuery(
        name = AccessAlert.OPEN,
        query =
                "select a from AccessAlert a where a.acknowledgedAt is null order by a.raisedAt"
                        + " desc")
@NamedQuery(
        name = AccessAlert.RAISED_SINCE,
        query =
                "select count(a) from AccessAlert a where a.staff = :staff and a.kind = :kind and"
                        + " a.raisedAt > :since")
public class AccessAlert extends Versioned {

    public static final String OPEN = "AccessAlert.open";
    public static final String RAISED_SINCE = "AccessAlert.raisedSince";

    @Column(nullable = false, length = 80)
    private String staff;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccessAlertKind kind;

    @Column(nullable = false)
    private int observed;

    @Column(nullable = false)
    private int threshold;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "acknowledged_by", length = 80)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    protected AccessAlert() {}

    public AccessAlert(
            String staff, AccessAlertKind kind, int observed, int threshold, Instant raisedAt) {
        newId();
        this.staff = Objects.requireNonNull(staff);
        this.kind = Objects.requireNonNull(kind);
        this.observed = observed;
        this.threshold = threshold;
        this.raisedAt = Objects.requireNonNull(raisedAt);
    }

    /** The privacy officer has looked into it; once only. */
    public void acknowledge(String officer, Instant at) {
        if (acknowledgedAt != null) {
            throw new IllegalStateException(
                    "This alert was acknowledged by " + acknowledgedBy + " already.");
        }
        this.acknowledgedBy = Objects.requireNonNull(officer);
        this.acknowledgedAt = Objects.requireNonNull(at);
    }

    public String getStaff() {
        return staff;
    }

    public AccessAlertKind getKind() {
        return kind;
    }

    public int getObserved() {
        return observed;
    }

    public int getThreshold() {
        return threshold;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
