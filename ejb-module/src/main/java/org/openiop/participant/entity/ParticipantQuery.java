package org.openiop.participant.entity;

/**
 * A page of the participants list.
 *
 * @param text part of a pseudonym or username, case-insensitive; null for all
 * @param status only this status; null for all
 * @param sortBy {@code enrolledAt}, {@code pseudonym}, {@code username} or {@code status}
 * @param ascending the sort direction
 * @param first the first row, from 0
 * @param max how many rows, 1 to 500
 */
public record ParticipantQuery(
        String text,
        ParticipantStatus status,
        String sortBy,
        boolean ascending,
        int first,
        int max) {

    public ParticipantQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 40) {
            throw new IllegalArgumentException("Search for at most 40 characters.");
        }
        sortBy = sortBy == null ? "enrolledAt" : sortBy;
        if (!java.util.Set.of("enrolledAt", "pseudonym", "username", "status").contains(sortBy)) {
            throw new IllegalArgumentException(
                    "Sort by enrolledAt, pseudonym, username or status.");
        }
        if (first < 0 || max < 1 || max > 500) {
            throw new IllegalArgumentException("Ask for 1 to 500 rows from row 0 or later.");
        }
    }
}
