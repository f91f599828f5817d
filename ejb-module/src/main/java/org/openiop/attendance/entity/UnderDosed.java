package org.openiop.attendance.entity;

import java.util.UUID;

/** A member who cannot reach this week's threshold any more, by pseudonym, for the dashboard. */
public record UnderDosed(
        UUID participantId,
        String pseudonym,
        String group,
        long creditedMinutes,
        long remainingMinutes,
        int thresholdMinutes) {

    public String getPseudonym() {
        return pseudonym;
    }

    public String getGroup() {
        return group;
    }

    public double getCreditedHours() {
        return creditedMinutes / 60.0;
    }

    public double getPossibleHours() {
        return (creditedMinutes + remainingMinutes) / 60.0;
    }

    public double getThresholdHours() {
        return thresholdMinutes / 60.0;
    }
}
