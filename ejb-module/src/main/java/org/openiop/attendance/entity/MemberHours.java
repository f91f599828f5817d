package org.openiop.attendance.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One member's weeks in a report, by pseudonym. */
public record MemberHours(UUID participantId, String pseudonym, List<LedgerWeek> weeks) {

    /** The weeks lined up with the report's Mondays; null where the membership did not run. */
    public List<LedgerWeek> aligned(List<LocalDate> mondays) {
        Map<LocalDate, LedgerWeek> byMonday = new HashMap<>();
        weeks.forEach(w -> byMonday.put(w.monday(), w));
        List<LedgerWeek> out = new ArrayList<>(mondays.size());
        mondays.forEach(d -> out.add(byMonday.get(d)));
        return out;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public List<LedgerWeek> getWeeks() {
        return weeks;
    }

    public UUID getParticipantId() {
        return participantId;
    }
}
