package org.openiop.attendance.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openiop.plugin.spi.Modality;

/**
 * The time a participant is credited for one session: the union of their segments, clipped to the
 * session's start and end, so overlapping or duplicate segments (a reconnect, a vendor event and a
 * hand-marked row for the same stretch) count once. Audio-only and phone time counts; how much of
 * it was not on video is reported too, because some payers (Florida, for one) exclude audio-only.
 */
public final class CreditedTime {

    private CreditedTime() {}

    /** A stretch of presence. */
    public record Span(Instant from, Instant to, Modality modality) {}

    /** What a session credits: all the time present, and the part of it with no video segment. */
    public record Credit(Duration total, Duration withoutVideo) {

        public static final Credit NONE = new Credit(Duration.ZERO, Duration.ZERO);
    }

    public static Credit of(Instant sessionStart, Instant sessionEnd, List<Span> spans) {
        Duration total = union(sessionStart, sessionEnd, spans);
        Duration video =
                union(
                        sessionStart,
                        sessionEnd,
                        spans.stream().filter(s -> s.modality() == Modality.VIDEO).toList());
        return new Credit(total, total.minus(video));
    }

    private static Duration union(Instant start, Instant end, List<Span> spans) {
        List<Instant[]> clipped = new ArrayList<>();
        for (Span s : spans) {
            Instant from = s.from().isBefore(start) ? start : s.from();
            Instant to = s.to().isAfter(end) ? end : s.to();
            if (to.isAfter(from)) {
                clipped.add(new Instant[] {from, to});
            }
        }
        clipped.sort(Comparator.comparing(a -> a[0]));
        Duration sum = Duration.ZERO;
        Instant runFrom = null;
        Instant runTo = null;
        for (Instant[] c : clipped) {
            if (runTo != null && !c[0].isAfter(runTo)) {
                if (c[1].isAfter(runTo)) {
                    runTo = c[1];
                }
                continue;
            }
            if (runTo != null) {
                sum = sum.plus(Duration.between(runFrom, runTo));
            }
            runFrom = c[0];
            runTo = c[1];
        }
        return runTo == null ? sum : sum.plus(Duration.between(runFrom, runTo));
    }
}
