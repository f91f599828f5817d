package org.openiop.audit.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One thing that happened, as the audit trail keeps it (HIPAA 45 CFR 164.312(b), 42 CFR 2.25). It
 * names people only by username or opaque id and never holds PHI: no names, dates of birth, member
 * ids or free text from a participant. Line breaks are refused so that a value cannot forge a
 * second line in any export (ASVS 5.0 16.4.1).
 *
 * @param occurredAt when, to the millisecond (what both databases store exactly)
 * @param actor the username of whoever acted, or {@code system}
 * @param action what was done, for example {@code vault.read}
 * @param target the record it was done to (an opaque id or a username), or null
 * @param purpose the stated purpose, or null when none is needed
 * @param outcome {@code success}, {@code denied} or {@code failed}
 */
public record AuditRecord(
        Instant occurredAt,
        String actor,
        String action,
        String target,
        String purpose,
        String outcome) {

    public static final String SUCCESS = "success";
    public static final String DENIED = "denied";
    public static final String FAILED = "failed";

    public AuditRecord {
        occurredAt =
                Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MILLIS);
        actor = field("actor", actor, 80, true);
        action = field("action", action, 60, true);
        target = field("target", target, 80, false);
        purpose = field("purpose", purpose, 40, false);
        outcome = field("outcome", outcome, 20, true);
    }

    private static String field(String name, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new IllegalArgumentException("An audit event needs a " + name + ".");
            }
            return null;
        }
        if (value.length() > max || value.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new IllegalArgumentException(
                    "The audit " + name + " must be one line of at most " + max + " characters.");
        }
        return value;
    }
}
