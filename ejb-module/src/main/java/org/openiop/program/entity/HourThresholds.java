package org.openiop.program.entity;

/**
 * Default weekly hours by level of care and age band, from the ASAM Criteria: intensive outpatient
 * (2.1) at least 9 hours a week for adults and 6 for adolescents, partial hospitalization (2.5) at
 * least 20. Outpatient (1) has no weekly minimum. Each program may set its own threshold.
 */
public final class HourThresholds {

    private HourThresholds() {}

    public static int defaultMinutes(LevelOfCare level, AgeBand band) {
        return switch (level) {
            case IOP_2_1 -> band == AgeBand.ADOLESCENT ? 6 * 60 : 9 * 60;
            case PHP_2_5 -> 20 * 60;
            case OUTPATIENT_1 -> 0;
        };
    }
}
