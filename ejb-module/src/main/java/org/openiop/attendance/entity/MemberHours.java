package org.openiop.attendance.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openiop.attendance.control.WeeklyLedger;

/** One member's weeks in a report, by pseudonym. */
public record MemberHours(UUID participantId, String pseudonym, List<WeeklyLedger.Week> weeks) {

    /** The weeks lined up with the report's Mondays; null where the membership did not run. */
    public List<WeeklyLedger.Week> aligned(List<LocalDate> mondays) {
        Map<LocalDate, WeeklyLedger.Week> byMonday = new HashMap<>();
        weeks.forEach(w -> byMonday.put(w.monday(), w));
        List<WeeklyLedger.Week> out = new ArrayList<>(mondays.size());
        mondays.forEach(d -> out.add(byMonday.get(d)));
        return out;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public List<WeeklyLedger.Week> getWeeks() {
        return weeks;
    }

    public UUID getParticipantId() {
        return participantId;
    }
}
