package org.openiop.attendance.entity;

import java.util.List;
import java.util.UUID;
import org.openiop.attendance.control.WeeklyLedger;

/** One member's weeks in a report, by pseudonym. */
public record MemberHours(UUID participantId, String pseudonym, List<WeeklyLedger.Week> weeks) {

    public String getPseudonym() { return pseudonym; }
    public List<WeeklyLedger.Week> getWeeks() { return weeks; }
    public UUID getParticipantId() { return participantId; }
}
