package org.openiop.incident.entity;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * When each notice of a breach of unsecured PHI is due, counted in calendar days from the date of
 * discovery (the first day the breach is known, or would have been with reasonable diligence):
 *
 * <ul>
 *   <li>individuals: without unreasonable delay and no later than 60 days after discovery (45 CFR
 *       164.404(b));
 *   <li>prominent media in a State or jurisdiction where more than 500 residents are affected: the
 *       same 60 days (45 CFR 164.406);
 *   <li>the Secretary of HHS: for 500 or more individuals at the same time as the individuals'
 *       notice; for fewer, in the annual log, no later than 60 days after the end of the calendar
 *       year of discovery (45 CFR 164.408(b) and (c)).
 * </ul>
 *
 * 42 CFR 2.16 applies the same notification to Part 2 records.
 *
 * @param individuals when the affected people must have been told
 * @param hhs when HHS must have been told
 * @param hhsWithIndividuals whether HHS is told with the individuals (500 or more) rather than in
 *     the annual log
 * @param media per State or jurisdiction with more than 500 residents affected, when the media
 *     notice is due
 */
public record BreachDeadlines(
        LocalDate individuals,
        LocalDate hhs,
        boolean hhsWithIndividuals,
        Map<String, LocalDate> media) {

    /** Days after discovery (or after the end of the year, for the annual log). */
    static final int DAYS = 60;

    /** The line between the annual log and notice with the individuals; 500 or more is "large". */
    static final int LARGE = 500;

    public BreachDeadlines {
        media = Map.copyOf(media);
    }

    /**
     * @param discovered the date of discovery
     * @param affected how many individuals are affected in all
     * @param residentsByState how many of them live in each State or jurisdiction (two-letter
     *     codes)
     */
    public static BreachDeadlines of(
            LocalDate discovered, int affected, Map<String, Integer> residentsByState) {
        Objects.requireNonNull(discovered, "discovered");
        if (affected < 0) {
            throw new IllegalArgumentException("The number affected cannot be negative.");
        }
        int counted = residentsByState.values().stream().mapToInt(Integer::intValue).sum();
        if (counted > affected) {
            throw new IllegalArgumentException(
                    "The residents by State add up to "
                            + counted
                            + ", more than the "
                            + affected
                            + " affected.");
        }
        LocalDate individuals = discovered.plusDays(DAYS);
        boolean large = affected >= LARGE;
        LocalDate endOfYear = Year.from(discovered).atMonth(12).atEndOfMonth();
        LocalDate hhs = large ? individuals : endOfYear.plusDays(DAYS);
        Map<String, LocalDate> media = new TreeMap<>();
        residentsByState.forEach(
                (state, residents) -> {
                    // "More than 500 residents": exactly 500 in one State does not require the
                    // media notice.
                    if (residents > LARGE) {
                        media.put(state, individuals);
                    }
                });
        return new BreachDeadlines(individuals, hhs, large, media);
    }
}
